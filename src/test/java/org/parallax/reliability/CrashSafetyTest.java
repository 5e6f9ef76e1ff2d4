package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.SearchHit;
import org.parallax.workspace.SearchRequest;
import org.parallax.workspace.Workspace;

/**
 * Kills an ingest with SIGKILL at random moments and checks that the workspace survives: it opens,
 * Lucene's CheckIndex passes, every article present before a kill is still present and searchable,
 * and running the ingest again finishes without duplicates.
 */
class CrashSafetyTest {

  private static final long SEED = Long.getLong("parallax.test.seed", 7_20261122L);

  @TempDir Path folder;

  @Test
  void survivesThreeKillsDuringIngest() throws Exception {
    assertSurvivesKills(3, 1_000);
  }

  @Test
  @Tag("long")
  void survivesTwentyFiveKillsDuringIngest() throws Exception {
    assertSurvivesKills(25, 5_000);
  }

  private void assertSurvivesKills(int kills, int articles) throws Exception {
    Random random = new Random(SEED);
    Path corpus = writeCorpus(folder.resolve("corpus"), articles, random);
    Path workspace = folder.resolve("workspace");
    Set<String> present = new HashSet<>();
    int survived = 0;
    for (int kill = 0; kill < kills; kill++) {
      Process child = startIngest(workspace, corpus);
      // Kill beyond what is already stored, so every kill lands while new articles are written
      // (a kill among files already stored would only test the skipping of duplicates).
      int killAt = present.size() + 1 + random.nextInt(Math.max(1, articles - present.size() - 1));
      waitForProgress(child, killAt);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertThat(checkIndex(workspace.resolve("index")))
          .as("CheckIndex after kill %d", kill)
          .isTrue();
      Set<String> now = storedIds(workspace);
      assertThat(now)
          .as("articles present before kill %d are still present", kill)
          .containsAll(present);
      survived++;
      System.err.printf(
          Locale.ROOT,
          "kill %d at file %d: %d articles present before, %d after%n",
          kill,
          killAt,
          present.size(),
          now.size());
      present = now;
    }
    Process last = startIngest(workspace, corpus);
    waitForProgress(last, Integer.MAX_VALUE);
    assertThat(last.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).isZero();
    assertThat(checkIndex(workspace.resolve("index"))).isTrue();
    try (Workspace reopened = Workspace.open(workspace)) {
      assertThat(reopened.size()).isEqualTo(articles);
      assertThat(reopened.search(SearchRequest.of("marker0", 10)).total()).isEqualTo(1);
    }
    System.err.printf(
        Locale.ROOT,
        "crash safety: seed %d, %d kills survived, %d articles, 0 lost, final count %d%n",
        SEED,
        survived,
        articles,
        articles);
  }

  private static Process startIngest(Path workspace, Path corpus) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            "-Dparallax.logdir=" + workspace.resolve("logs"),
            "-cp",
            System.getProperty("java.class.path"),
            IngestChild.class.getName(),
            workspace.toString(),
            corpus.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Reads the child's progress lines until it reports {@code files} done (or ends). */
  private static void waitForProgress(Process child, int files) throws IOException {
    try (java.io.BufferedReader lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("done ") && Integer.parseInt(line.substring(5)) >= files) {
          return;
        }
      }
    }
  }

  private static boolean checkIndex(Path index) throws IOException {
    if (!Files.exists(index) || isEmptyFolder(index)) {
      return true;
    }
    try (Directory directory = FSDirectory.open(index);
        CheckIndex checker = new CheckIndex(directory)) {
      return checker.checkIndex().clean;
    } catch (org.apache.lucene.index.IndexNotFoundException noCommitYet) {
      return true;
    }
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.findAny().isEmpty();
    }
  }

  private static Set<String> storedIds(Path workspace) throws IOException {
    Set<String> ids = new HashSet<>();
    try (Workspace opened = Workspace.open(workspace)) {
      List<SearchHit> hits = opened.search(SearchRequest.of("", 100_000)).hits();
      for (SearchHit hit : hits) {
        ids.add(hit.id().value());
        String text = opened.article(hit.id()).orElseThrow().text();
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("marker\\d+").matcher(text);
        assertThat(found.find()).as("article %s is readable", hit.id()).isTrue();
        String marker = found.group();
        assertThat(opened.search(SearchRequest.of(marker, 5)).hits())
            .extracting(SearchHit::id)
            .contains(hit.id());
      }
    }
    return ids;
  }

  private static Path writeCorpus(Path corpus, int articles, Random random) throws IOException {
    Files.createDirectories(corpus);
    String[] words = {
      "council",
      "river",
      "budget",
      "election",
      "harbour",
      "strike",
      "minister",
      "flood",
      "court",
      "vaccine",
      "mayor",
      "bridge",
      "tariff",
      "drought",
      "protest",
      "summit"
    };
    for (int i = 0; i < articles; i++) {
      StringBuilder text = new StringBuilder("Report " + i + "\n\n");
      text.append("LONDON, March 3 - The ").append(words[random.nextInt(words.length)]);
      text.append(" story marker").append(i).append(" began when officials said ");
      for (int w = 0; w < 40; w++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      text.append("changed.\n");
      Files.writeString(
          corpus.resolve(String.format(Locale.ROOT, "a%05d.txt", i)),
          text.toString(),
          StandardCharsets.UTF_8);
    }
    return corpus;
  }
}
