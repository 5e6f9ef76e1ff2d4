package org.parallax.ui;

import java.util.function.Consumer;

/**
 * Runs an action on the open workspace's services, or tells the user the workspace is still
 * opening: the one answer every action of the window gives before the workspace is open.
 */
@FunctionalInterface
interface WhenOpen {

  /** Runs {@code action} on the open workspace's services, or says to wait. */
  void run(Consumer<Services> action);
}
