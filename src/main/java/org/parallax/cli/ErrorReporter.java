package org.parallax.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an unexpected failure into one line a person can act on (the stack trace goes to the log).
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    LOG.debug("command failed", failure);
    String message = failure.getMessage() != null ? failure.getMessage() : failure.toString();
    commandLine.getErr().println("parallax: " + message);
    return 1;
  }
}
