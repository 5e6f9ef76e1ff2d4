package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a newcomer meets with odd inputs: the exact exit code, a message naming the file and the
 * reason, no exception name or stack trace on the terminal, and nothing stored lost.
 */
class OddInputsTest {

  @TempDir Path temp;
  private Path workspace;
  private Path input;
  private long storedBefore;

  @BeforeEach
  void storeTwoReports() throws IOException {
    workspace = temp.resolve("ws");
    input = Files.createDirectories(temp.resolve("input"));
    write(input.resolve("mali.txt"), "Officials in Bamako said a deal with Washington was near.\n");
    write(input.resolve("derby.txt"), "Arsenal beat Chelsea in the London derby on Saturday.\n");
    assertThat(CommandRun.in(workspace, "ingest", input.toString()).exitCode()).isZero();
    storedBefore = storedArticles();
  }

  @AfterEach
  void nothingStoredWasLost() {
    assertThat(storedArticles()).isGreaterThanOrEqualTo(storedBefore);
  }

  private long storedArticles() {
    CommandRun stats = CommandRun.in(workspace, "stats", "--json");
    return Long.parseLong(stats.out().replaceAll("(?s).*\"articles\" : (\\d+).*", "$1"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void assertNoJavaOnTheTerminal(CommandRun run) {
    for (String line : (run.out() + run.err()).lines().toList()) {
      assertThat(line).doesNotContain("Exception").doesNotContain("at org.");
    }
  }

  @Test
  void searchInAFolderWithNoWorkspaceExitsTwoAndCreatesNothing() {
    Path typo = temp.resolve("typo");

    CommandRun search = CommandRun.in(typo, "search", "Mali");

    assertThat(search.exitCode()).isEqualTo(2);
    assertThat(search.err())
        .contains(
            "no workspace at "
                + typo
                + " (create one with parallax ingest FILES --workspace "
                + typo
                + ")");
    assertThat(typo).doesNotExist();
    assertNoJavaOnTheTerminal(search);
  }

  @Test
  void everyReadingCommandRefusesAFolderWithNoWorkspace() {
    Path typo = temp.resolve("typo");
    for (String[] command :
        List.of(
            new String[] {"list"},
            new String[] {"stats"},
            new String[] {"show", "abc"},
            new String[] {"related", "abc"},
            new String[] {"delete", "abc", "--yes"},
            new String[] {"annotations", "list"},
            new String[] {"scan"},
            new String[] {"events", "--saved"})) {
      CommandRun run = CommandRun.in(typo, command);

      assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(run.err()).contains("no workspace at " + typo);
    }
    assertThat(typo).doesNotExist();
  }

  @Test
  void anEmptyWorkspaceOptionIsAUsageError() {
    CommandRun search = CommandRun.of("search", "Mali", "--workspace", "");

    assertThat(search.exitCode()).isEqualTo(2);
    assertThat(search.err()).contains("--workspace needs a folder name");
  }

  @Test
  void aWorkspacePathThatIsAFileIsNamedAsSuch() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "x");

    CommandRun search = CommandRun.in(file, "search", "Mali");
    CommandRun ingest = CommandRun.in(file, "ingest", input.toString());

    assertThat(search.exitCode()).isEqualTo(2);
    assertThat(search.err()).contains(file + " is a file, not a workspace folder");
    assertThat(ingest.exitCode()).isEqualTo(2);
    assertThat(ingest.out()).isEmpty();
    assertNoJavaOnTheTerminal(search);
  }

  @Test
  void ingestSaysWhenItCreatesAWorkspace() {
    Path fresh = temp.resolve("fresh");

    CommandRun ingest = CommandRun.in(fresh, "ingest", input.toString());

    assertThat(ingest.exitCode()).isZero();
    assertThat(ingest.err()).contains("Created a new workspace at " + fresh);
    assertThat(CommandRun.in(fresh, "ingest", input.toString()).err())
        .doesNotContain("Created a new workspace");
  }

  @Test
  void comparingMissingFilesNamesTheFileAndNoWorkspace() {
    CommandRun compare =
        CommandRun.of("compare", temp.resolve("nofile.txt").toString(), "other.txt");

    assertThat(compare.exitCode()).isEqualTo(1);
    assertThat(compare.err()).contains("nofile.txt: no such file").doesNotContain("workspace");
    assertNoJavaOnTheTerminal(compare);
  }

  @Test
  void missingInputFilesAreNamedWithAReason() {
    Path nope = temp.resolve("nope.tsv");
    for (CommandRun run :
        List.of(
            CommandRun.of("similarity", nope.toString()),
            CommandRun.of("compare", "--batch", nope.toString(), "--no-embeddings"))) {
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains(nope + ": no such file or folder");
      assertNoJavaOnTheTerminal(run);
    }
  }

  @Test
  void anExportToAnUnwritablePlaceNamesThePathAndTheReason() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "x");
    Path nowhere = file.resolve("claims.csv");

    CommandRun compare =
        CommandRun.of(
            "compare",
            input.resolve("mali.txt").toString(),
            input.resolve("derby.txt").toString(),
            "--no-embeddings",
            "--csv",
            nowhere.toString());

    assertThat(compare.exitCode()).isEqualTo(1);
    assertThat(compare.err())
        .containsPattern("parallax compare: " + Pattern.quote(file.toString()) + ".*: .+");
    assertNoJavaOnTheTerminal(compare);
  }

  @Test
  void jsonThatIsNotAnArticleIsRefusedWithTheReasonAndTheRestIsStored() throws IOException {
    Path odd = Files.createDirectories(temp.resolve("odd"));
    write(odd.resolve("numbers.json"), "[1,2,3]\n");
    write(odd.resolve("string.txt"), "\"just a string\"\n");
    write(odd.resolve("prose.json"), "This is prose, not JSON.\n");
    write(odd.resolve("good.txt"), "The ministry said the Kayes bridge reopens on Friday.\n");

    CommandRun ingest = CommandRun.in(workspace, "ingest", odd.toString());

    assertThat(ingest.exitCode()).isEqualTo(1);
    assertThat(ingest.err())
        .contains("Stored 1 article(s)")
        .contains("FAILED " + odd.resolve("numbers.json") + ": article 1 is a number, not an")
        .contains("FAILED " + odd.resolve("string.txt") + ": the article is a string, not an")
        .contains("FAILED " + odd.resolve("prose.json") + ": malformed JSON at line 1");
    assertNoJavaOnTheTerminal(ingest);
  }

  @Test
  void aFolderWithAnUnreadableSubfolderStoresTheRestAndNamesIt() throws IOException {
    assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads every folder; skipping");
    Path locked = Files.createDirectories(input.resolve("locked"));
    write(locked.resolve("hidden.txt"), "Never read.\n");
    write(input.resolve("kayes.txt"), "The Kayes bridge reopens on Friday, the ministry said.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      CommandRun ingest = CommandRun.in(workspace, "ingest", input.toString());

      assertThat(ingest.exitCode()).isEqualTo(1);
      assertThat(ingest.err())
          .contains("Stored 1 article(s)")
          .contains("FAILED " + locked + ": the folder cannot be read (permission denied)");
      assertNoJavaOnTheTerminal(ingest);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void deleteOutsideATerminalNeedsYesAndDeletesNothingWithoutIt() {
    String id =
        CommandRun.in(workspace, "list", "--json")
            .out()
            .replaceAll("(?s).*?\"id\" : \"(\\w+)\".*", "$1");

    CommandRun refused = CommandRun.in(workspace, "delete", id);
    CommandRun deleted = CommandRun.in(workspace, "delete", id, "--yes");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("add --yes");
    assertThat(deleted.exitCode()).isZero();
    assertThat(deleted.err()).contains("Deleted " + id);
    assertThat(CommandRun.in(workspace, "show", id).exitCode()).isEqualTo(1);
    storedBefore--;
  }

  @Test
  void duplicatesAreOneCountUnlessVerbose() {
    CommandRun again = CommandRun.in(workspace, "ingest", input.toString());
    CommandRun verbose = CommandRun.in(workspace, "ingest", input.toString(), "--verbose");

    assertThat(again.err()).contains("2 duplicate(s) skipped").doesNotContain("already stored:");
    assertThat(verbose.err())
        .contains("  already stored: " + input.resolve("mali.txt"))
        .contains("  already stored: " + input.resolve("derby.txt"));
  }

  @Test
  void everyCommandAndSubcommandPrintsHelpWithDashDashHelpAndDashH() {
    List<String[]> commands = new ArrayList<>();
    collect(ParallaxCommand.commandLine(), new ArrayList<>(), commands);
    assertThat(commands).hasSizeGreaterThan(15);
    for (String[] path : commands) {
      for (String flag : List.of("--help", "-h")) {
        String[] args = java.util.Arrays.copyOf(path, path.length + 1);
        args[path.length] = flag;

        CommandRun help = CommandRun.of(args);

        assertThat(help.exitCode()).as(String.join(" ", args)).isZero();
        assertThat(help.out()).as(String.join(" ", args)).startsWith("Usage: parallax");
      }
    }
  }

  @Test
  void helpCommandDescribesAnotherCommand() {
    CommandRun help = CommandRun.of("help", "delete");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: parallax delete");
  }

  @Test
  void noCommandDescriptionInTheTopLevelHelpIsCutMidSentence() {
    CommandRun help = CommandRun.of("--help");
    String commands =
        help.out().substring(help.out().indexOf("Commands:"), help.out().indexOf("Exit codes"));

    List<String> entries = List.of(commands.split("\n  (?=\\S)"));
    for (String entry : entries.subList(1, entries.size())) {
      assertThat(entry.strip()).as(entry).endsWith(".");
    }
  }

  private static void collect(CommandLine command, List<String> path, List<String[]> into) {
    into.add(path.toArray(String[]::new));
    command
        .getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, into);
              }
            });
  }
}
