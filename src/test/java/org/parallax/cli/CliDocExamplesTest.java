package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example of {@code docs/cli.md} (a code block opening with {@code $ parallax ...}) in
 * document order against one workspace holding the sample data, and compares what it prints on
 * standard output with the block, so the documentation cannot drift from the program.
 *
 * <p>The comparison is exact except where the documentation says a figure may change with the
 * engine: a decimal number matches any decimal of the same shape, a line {@code ...} matches any
 * number of lines, and a line ending in {@code ...} matches any line that starts with what precedes
 * it.
 */
class CliDocExamplesTest {

  private static final Path DOC = Path.of("docs", "cli.md");
  private static final String DOC_WORKSPACE = "/tmp/ws";
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern PRINTF = Pattern.compile("printf '([^']*)' \\| (parallax .*)");

  @TempDir Path temp;

  /** One example: the command line as documented and the output it shows. */
  private record Example(String command, List<String> output) {}

  @Test
  void everyExampleInTheCommandLineGuidePrintsWhatItShows() throws IOException {
    List<Example> examples = examples(Files.readString(DOC, StandardCharsets.UTF_8));
    assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
    Path workspace = temp.resolve("ws");
    for (Example example : examples) {
      CommandRun run = CommandRun.of(arguments(example.command(), workspace));

      List<String> printed = run.out().lines().toList();
      assertThat(matches(example.output(), printed))
          .as(
              "docs/cli.md example `%s` shows%n%s%nbut the program printed%n%s%s",
              example.command(), String.join("\n", example.output()), run.out(), run.err())
          .isTrue();
    }
  }

  @Test
  void anEllipsisLineMatchesAnyLinesAndDecimalsMatchByShape() {
    assertThat(matches(List.of("a 0.91", "...", "z"), List.of("a 0.88", "b", "c", "z"))).isTrue();
    assertThat(matches(List.of("a 0.91"), List.of("a 10.88"))).isFalse();
    assertThat(matches(List.of("Size: ..."), List.of("Size: 33 KB"))).isTrue();
    assertThat(matches(List.of("a"), List.of("a", "b"))).isFalse();
  }

  private static List<Example> examples(String markdown) {
    List<Example> examples = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).startsWith("```") && lines.get(i + 1).startsWith("$ ")) {
        String command = lines.get(i + 1).substring(2);
        List<String> output = new ArrayList<>();
        int j = i + 2;
        while (!lines.get(j).startsWith("```")) {
          output.add(lines.get(j++));
        }
        examples.add(new Example(command, output));
        i = j;
      }
    }
    return examples;
  }

  private String[] arguments(String command, Path workspace) throws IOException {
    String line = command.replace(DOC_WORKSPACE, workspace.toString());
    Path stdin = null;
    Matcher piped = PRINTF.matcher(line);
    if (piped.matches()) {
      // The test cannot feed standard input; the command reads the same lines from a file.
      stdin = temp.resolve("stdin.tsv");
      Files.writeString(
          stdin, piped.group(1).replace("\\t", "\t").replace("\\n", "\n"), StandardCharsets.UTF_8);
      line = piped.group(2);
    }
    List<String> words = words(line);
    assertThat(words.get(0)).isEqualTo("parallax");
    List<String> args = new ArrayList<>(words.subList(1, words.size()));
    if (stdin != null) {
      args.add(stdin.toString());
    }
    return args.toArray(String[]::new);
  }

  /** Splits a shell command line into words, honouring single and double quotes. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (c == ' ') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean matches(List<String> expected, List<String> actual) {
    if (expected.isEmpty()) {
      return actual.isEmpty();
    }
    if (expected.get(0).equals("...")) {
      for (int skip = 0; skip <= actual.size(); skip++) {
        if (matches(expected.subList(1, expected.size()), actual.subList(skip, actual.size()))) {
          return true;
        }
      }
      return false;
    }
    return !actual.isEmpty()
        && lineMatches(expected.get(0), actual.get(0))
        && matches(expected.subList(1, expected.size()), actual.subList(1, actual.size()));
  }

  private static boolean lineMatches(String expected, String actual) {
    if (expected.endsWith("...")) {
      String prefix = expected.substring(0, expected.length() - 3);
      return shape(actual).startsWith(shape(prefix));
    }
    return shape(expected).equals(shape(actual));
  }

  /** Returns a line with every decimal's digits replaced, so 0.8856 and 0.9219 compare equal. */
  private static String shape(String line) {
    return DECIMAL.matcher(line).replaceAll(m -> m.group().replaceAll("\\d", "9"));
  }
}
