package org.parallax.ingest;

/** Helpers for the reasons given in {@link IngestException}s. */
final class Reasons {

  private Reasons() {}

  /** Returns the first line of a library's message, without the detail meant for developers. */
  static String firstLine(String message) {
    if (message == null) {
      return "no detail given";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
