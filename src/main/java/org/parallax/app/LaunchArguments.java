package org.parallax.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the few facts the launcher needs from the arguments before the command line parses them.
 */
final class LaunchArguments {

  private LaunchArguments() {}

  /** The options the window takes; any other argument names a command. */
  private static final List<String> WINDOW_OPTIONS = List.of("--workspace", "--index");

  /** Returns the value of {@code --workspace} (or {@code --workspace=DIR}), or null. */
  static String workspaceOption(String[] args) {
    return option(args, "--workspace");
  }

  /** Returns the value of {@code --index} (or {@code --index=VALUE}), or null. */
  static String indexOption(String[] args) {
    return option(args, "--index");
  }

  private static String option(String[] args, String name) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith(name + "=")) {
        return args[i].substring(name.length() + 1);
      }
    }
    return null;
  }

  /** Returns true when the arguments name no command, so the window should open. */
  static boolean opensWindow(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    for (String name : WINDOW_OPTIONS) {
      int at = rest.indexOf(name);
      if (at >= 0) {
        rest.subList(at, Math.min(at + 2, rest.size())).clear();
      }
      rest.removeIf(a -> a.startsWith(name + "="));
    }
    return rest.isEmpty();
  }

  /** Returns true when the command creates a missing workspace ({@code ingest}). */
  static boolean createsWorkspace(String[] args) {
    return args.length > 0 && args[0].equals("ingest");
  }
}
