package org.parallax.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Sentences of the two sides as the command line names them: {@code L:3,5=R:1}.
 *
 * @param left left sentence numbers
 * @param right right sentence numbers
 */
record SentenceRefs(List<Integer> left, List<Integer> right) {

  /** No sentences: a verdict is about the whole reports. */
  static final SentenceRefs NONE = new SentenceRefs(List.of(), List.of());

  /**
   * Parses {@code L:3,5=R:1}.
   *
   * @throws IllegalArgumentException saying what the form should be
   */
  static SentenceRefs parse(String argument) {
    String[] sides = argument.strip().split("=", -1);
    if (sides.length != 2) {
      throw malformed(argument);
    }
    return new SentenceRefs(numbers(sides[0], "L:", argument), numbers(sides[1], "R:", argument));
  }

  private static List<Integer> numbers(String side, String prefix, String argument) {
    if (!side.toUpperCase(Locale.ROOT).startsWith(prefix)) {
      throw malformed(argument);
    }
    List<Integer> numbers = new ArrayList<>();
    for (String number : side.substring(prefix.length()).split(",")) {
      try {
        numbers.add(Integer.parseInt(number.strip()));
      } catch (NumberFormatException e) {
        throw malformed(argument);
      }
    }
    return numbers;
  }

  private static IllegalArgumentException malformed(String argument) {
    return new IllegalArgumentException(
        "expected sentences as L:3,5=R:1 (left sentence numbers = right ones), got " + argument);
  }

  /** Returns the sentences as compare prints them, such as {@code L3+L5 = R1}; empty for none. */
  String text() {
    if (left.isEmpty()) {
      return "";
    }
    return left.stream().map(n -> "L" + n).collect(Collectors.joining("+"))
        + " = "
        + right.stream().map(n -> "R" + n).collect(Collectors.joining("+"));
  }
}
