package org.parallax.ui;

/**
 * An error as the user sees it: what happened and what to do, never a stack trace.
 *
 * @param title a short heading
 * @param message what went wrong, naming the file or query involved
 * @param whatToDo what the user can do about it
 */
public record UserError(String title, String message, String whatToDo) {

  /** Returns an error for a failure, with the first line of its message. */
  public static UserError of(String title, Throwable failure, String whatToDo) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new UserError(title, message.lines().findFirst().orElse(message), whatToDo);
  }
}
