package org.parallax.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.parallax.workspace.IndexChoice;
import org.parallax.workspace.WorkspaceSettings;
import org.slf4j.LoggerFactory;

/**
 * Reopens the workspace with its articles in another library (remembered from then on). The open
 * workspace is closed first, since it holds the folder's lock. When the new library does not open
 * (a cluster that does not answer), the workspace opens again on the one it remembers and the error
 * says why, so the user is never left without a library.
 */
final class LibrarySwitch {

  private final Path workspace;
  private final Executor work;
  private final Executor ui;
  private final Consumer<Services> opened;
  private final Consumer<UserError> refused;
  private final Consumer<Throwable> failed;

  /**
   * Creates the switch for a workspace.
   *
   * @param workspace the workspace folder
   * @param work closes and opens the workspace
   * @param ui hands on what happened
   * @param opened takes the services of the workspace once it is open again
   * @param refused tells the user why the chosen library did not open
   * @param failed tells the user the workspace did not open on any library
   */
  LibrarySwitch(
      Path workspace,
      Executor work,
      Executor ui,
      Consumer<Services> opened,
      Consumer<UserError> refused,
      Consumer<Throwable> failed) {
    this.workspace = workspace;
    this.work = work;
    this.ui = ui;
    this.opened = opened;
    this.refused = refused;
    this.failed = failed;
  }

  /** Returns the library the workspace remembers, as {@code --index} takes it; blank: embedded. */
  String remembered() {
    return WorkspaceSettings.load(workspace).index();
  }

  /**
   * Closes the open workspace and opens it again on {@code chosen}, both on the work executor.
   *
   * @param old the open workspace's services, no longer used by the window
   * @param chosen the library to open
   */
  void reopen(Services old, IndexChoice chosen) {
    work.execute(
        () -> {
          closeQuietly(old);
          try {
            Services now = WorkspaceServices.open(workspace, chosen);
            ui.execute(() -> opened.accept(now));
          } catch (RuntimeException refusal) {
            reopenRemembered(refusal);
          }
        });
  }

  private void reopenRemembered(RuntimeException refusal) {
    try {
      Services now = WorkspaceServices.open(workspace, IndexChoice.REMEMBERED);
      ui.execute(
          () -> {
            opened.accept(now);
            refused.accept(
                UserError.of(
                    "Cannot open the archive",
                    refusal,
                    "Check the address and that the cluster is running, then choose File > Open"
                        + " archive… again. Meanwhile the workspace is open on its "
                        + now.library().whereArticlesLive()
                        + "."));
          });
    } catch (RuntimeException e) {
      ui.execute(() -> failed.accept(e));
    }
  }

  private static void closeQuietly(Services old) {
    try {
      old.closer().close();
    } catch (Exception e) {
      LoggerFactory.getLogger(LibrarySwitch.class)
          .warn("Closing the workspace before opening another library failed", e);
    }
  }
}
