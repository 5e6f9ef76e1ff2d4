package org.parallax.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.parallax.workspace.NoWorkspaceException;
import org.parallax.workspace.NotAFolderException;
import org.parallax.workspace.WorkspaceLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an unexpected failure into one line a person can act on: what went wrong with which file
 * and what to do. The stack trace goes to the log file only, never to the terminal.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

  /** Logs to the log file alone (see logback.xml), so a trace never reaches the terminal. */
  private static final Logger FAILURES = LoggerFactory.getLogger("parallax.failures");

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    FAILURES.error("{} failed", commandLine.getCommandName(), failure);
    commandLine
        .getErr()
        .println("parallax " + commandLine.getCommandName() + ": " + inWords(failure));
    return isWrongWorkspace(failure) ? 2 : 1;
  }

  /** A workspace path that names no workspace is bad usage, as a mistyped option is. */
  private static boolean isWrongWorkspace(Exception failure) {
    return failure instanceof NoWorkspaceException || failure instanceof NotAFolderException;
  }

  /** Returns what went wrong in words: the file and the reason, never an exception's name. */
  static String inWords(Throwable failure) {
    Throwable cause = failure instanceof UncheckedIOException ? failure.getCause() : failure;
    if (cause instanceof FileSystemException fileProblem) {
      return fileProblem.getFile() + ": " + reason(fileProblem);
    }
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return "an internal error stopped the command; the details are in the log in "
          + WorkspaceLocation.currentLogFolder();
    }
    return message.lines().findFirst().orElse(message);
  }

  private static String reason(FileSystemException problem) {
    if (problem instanceof NoSuchFileException) {
      return "no such file or folder (check the path, and that its folder exists)";
    }
    if (problem instanceof AccessDeniedException) {
      return "permission denied (check that you may read or write there)";
    }
    if (problem instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (problem instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    String reason = problem.getReason();
    return reason == null ? "cannot be used" : reason.toLowerCase(Locale.ROOT);
  }
}
