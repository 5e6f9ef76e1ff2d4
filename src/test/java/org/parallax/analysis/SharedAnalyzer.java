package org.parallax.analysis;

/** One analyser for all tests: the models take a second to load. */
final class SharedAnalyzer {

  private static final TextAnalyzer INSTANCE = TextAnalyzer.create();

  private SharedAnalyzer() {}

  static TextAnalyzer get() {
    return INSTANCE;
  }
}
