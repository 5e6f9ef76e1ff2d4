package org.parallax.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;

/**
 * Runs the window's jobs off the JavaFX thread with the status line saying what is being done:
 * "Ready" and the result handed on when it ends, or an error the user can act on when it fails.
 */
final class StatusLineWork {

  private final StringProperty status;
  private final Executor work;
  private final Executor ui;
  private final Supplier<WorkArea> errors;

  /**
   * Creates the runner.
   *
   * @param status the status line
   * @param work runs jobs
   * @param ui applies results
   * @param errors where a failure is shown (read when it happens: the view attaches late)
   */
  StatusLineWork(StringProperty status, Executor work, Executor ui, Supplier<WorkArea> errors) {
    this.status = status;
    this.work = work;
    this.ui = ui;
    this.errors = errors;
  }

  /**
   * Runs a job and hands its result on.
   *
   * @param doing what the status line says meanwhile, such as "Comparing…"
   */
  <T> void run(String doing, Callable<T> job, Consumer<T> then) {
    status.set(doing);
    work.execute(
        () -> {
          try {
            T result = job.call();
            ui.execute(
                () -> {
                  status.set("Ready");
                  then.accept(result);
                });
          } catch (Exception e) {
            ui.execute(
                () -> {
                  status.set("Ready");
                  errors
                      .get()
                      .showError(
                          UserError.of(
                              doing.replace("…", "") + " failed",
                              e,
                              "Check the article still exists in the library (search for it),"
                                  + " then try again."));
                });
          }
        });
  }
}
