package org.parallax.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.Comparison;
import org.parallax.model.CorrectionKind;
import org.parallax.model.DifferenceType;
import org.parallax.model.Relation;
import org.parallax.model.SentencePair;
import org.parallax.model.Verdict;
import org.parallax.testing.SeedFiles;

/**
 * Analysts' corrections through a real workspace holding the seed pair: applied on every comparison
 * of the two, kept across a restart and new versions, orphaned when an article goes.
 */
class WorkspaceCorrectionsTest {

  /** The wire's sentence the engine leaves one-sided, and the later report's loose restatement. */
  private static final int WIRE_FUEL = 28;

  private static final int REPORT_FUEL = 11;
  private static final ArticleId REUTERS = new ArticleId("6736aa315c22263e");
  private static final ArticleId DIPLOMAT = new ArticleId("9edccf9cd2db999b");

  private static ComparisonService engine;

  @TempDir Path temp;

  @BeforeAll
  static void loadEngine() {
    engine = ComparisonService.withoutEmbeddings();
  }

  private Workspace seeded() throws IOException {
    Workspace workspace = Workspace.open(temp.resolve("ws"));
    workspace.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false);
    return workspace;
  }

  private static Comparison compare(Workspace workspace) {
    return engine
        .correctedBy(workspace.annotations().corrections())
        .compare(
            workspace.article(REUTERS).orElseThrow(), workspace.article(DIPLOMAT).orElseThrow());
  }

  private static SentencePair pairOf(Comparison comparison, int left) {
    return comparison.pairs().stream()
        .filter(pair -> pair.left().contains(left))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair holds L" + left));
  }

  private static void assertEverySentenceOnce(Comparison comparison) {
    List<Integer> left = new ArrayList<>(comparison.leftOnly());
    List<Integer> right = new ArrayList<>(comparison.rightOnly());
    comparison.pairs().forEach(pair -> left.addAll(pair.left()));
    comparison.pairs().forEach(pair -> right.addAll(pair.right()));
    assertThat(left).doesNotHaveDuplicates().hasSize(comparison.left().sentences().size());
    assertThat(right).doesNotHaveDuplicates().hasSize(comparison.right().sentences().size());
  }

  @Test
  void aLinkPairsTheSentencesAndMarksThePairAsTheAnalysts() throws IOException {
    try (Workspace workspace = seeded()) {
      Comparison machine = compare(workspace);
      String id =
          workspace
              .annotations()
              .corrections()
              .correct(
                  machine, CorrectionKind.LINK, List.of(WIRE_FUEL), List.of(REPORT_FUEL), "", "")
              .id();

      Comparison corrected = compare(workspace);

      SentencePair linked = pairOf(corrected, WIRE_FUEL);
      assertThat(linked.right()).containsExactly(REPORT_FUEL);
      assertThat(corrected.review().of(linked).orElseThrow().correction().id()).isEqualTo(id);
      assertThat(corrected.leftOnly()).doesNotContain(WIRE_FUEL);
      assertThat(corrected.rightOnly()).doesNotContain(REPORT_FUEL);
      assertThat(corrected.review().machine().pairs()).isEqualTo(machine.pairs());
      assertEverySentenceOnce(corrected);
    }
  }

  @Test
  void aDismissedDifferenceIsGoneAndTheEngineStillHoldsIt() throws IOException {
    try (Workspace workspace = seeded()) {
      Comparison machine = compare(workspace);
      SentencePair caption = pairOf(machine, 1);
      assertThat(caption.differences()).anyMatch(d -> d.type() == DifferenceType.TITLE);
      workspace
          .annotations()
          .corrections()
          .correct(
              machine,
              CorrectionKind.NOT_A_DIFFERENCE,
              caption.left(),
              caption.right(),
              "title",
              "");

      Comparison corrected = compare(workspace);

      assertThat(pairOf(corrected, 1).differences())
          .noneMatch(d -> d.type() == DifferenceType.TITLE);
      assertThat(pairOf(corrected.review().machine(), 1).differences())
          .anyMatch(d -> d.type() == DifferenceType.TITLE);
    }
  }

  @Test
  void anUnlinkedPairGoesBackToBothSidesOneSidedLists() throws IOException {
    try (Workspace workspace = seeded()) {
      Comparison machine = compare(workspace);
      SentencePair first = machine.pairs().get(0);
      workspace
          .annotations()
          .corrections()
          .correct(machine, CorrectionKind.UNLINK, first.left(), first.right(), "", "");

      Comparison corrected = compare(workspace);

      assertThat(corrected.leftOnly()).containsAll(first.left());
      assertThat(corrected.rightOnly()).containsAll(first.right());
      assertEverySentenceOnce(corrected);
    }
  }

  @Test
  void aRelationSetToSameClearsTheDifferences() throws IOException {
    try (Workspace workspace = seeded()) {
      Comparison machine = compare(workspace);
      SentencePair first = machine.pairs().get(0);
      workspace
          .annotations()
          .corrections()
          .correct(machine, CorrectionKind.RELATION, first.left(), first.right(), "same", "");

      SentencePair corrected = pairOf(compare(workspace), first.left().get(0));

      assertThat(corrected.relation()).isEqualTo(Relation.SAME);
      assertThat(corrected.differences()).isEmpty();
    }
  }

  @Test
  void aVerdictNeedsAReasonAndOverridesTheEnginesAlsoWhenTheSidesAreSwapped() throws IOException {
    try (Workspace workspace = seeded()) {
      Comparison machine = compare(workspace);
      WorkspaceCorrections corrections = workspace.annotations().corrections();
      assertThatThrownBy(
              () ->
                  corrections.correct(
                      machine, CorrectionKind.VERDICT, List.of(), List.of(), "independent", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("reason");
      corrections.correct(
          machine,
          CorrectionKind.VERDICT,
          List.of(),
          List.of(),
          "left-derives-from-right",
          "the wire rewrote the site's exclusive");

      Comparison swapped =
          engine
              .correctedBy(corrections)
              .compare(
                  workspace.article(DIPLOMAT).orElseThrow(),
                  workspace.article(REUTERS).orElseThrow());

      assertThat(swapped.derivation().verdict()).isEqualTo(Verdict.RIGHT_DERIVES_FROM_LEFT);
      assertThat(swapped.derivation().credited()).isNotNull();
      assertThat(swapped.derivation().evidence().get(0)).contains("exclusive");
    }
  }

  @Test
  void correctionsSurviveARestartAndNewVersionsOfBothReports() throws IOException {
    try (Workspace workspace = seeded()) {
      link(workspace);
    }
    try (Workspace reopened = Workspace.open(temp.resolve("ws"))) {
      reopened.ingest(newVersions(), IngestProgress.NONE, () -> false);
      assertThat(reopened.article(REUTERS).orElseThrow().version()).isEqualTo(2);

      Comparison corrected = compare(reopened);

      // The inserted sentence moves the later report's restatement one sentence down.
      assertThat(pairOf(corrected, WIRE_FUEL).right()).containsExactly(REPORT_FUEL + 1);
      assertThat(corrected.review().orphaned()).isEmpty();
      WorkspaceCorrections corrections = reopened.annotations().corrections();
      assertThat(corrections.all().get(0).left().contentHash())
          .isEqualTo(reopened.article(REUTERS).orElseThrow().contentHash());
      assertThat(corrections.state(corrections.all().get(0)))
          .isEqualTo(WorkspaceCorrections.State.ANCHORED);
    }
  }

  @Test
  void aCorrectionOfADeletedArticleIsListedAsOrphaned() throws IOException {
    try (Workspace workspace = seeded()) {
      link(workspace);
      workspace.delete(DIPLOMAT);

      WorkspaceCorrections corrections = workspace.annotations().corrections();

      assertThat(corrections.all()).hasSize(1);
      assertThat(corrections.state(corrections.all().get(0)))
          .isEqualTo(WorkspaceCorrections.State.ORPHANED);
    }
  }

  @Test
  void aSentenceThatLeftTheNewVersionOrphansTheCorrectionInTheComparison() throws IOException {
    try (Workspace workspace = seeded()) {
      link(workspace);
      Article report = workspace.article(DIPLOMAT).orElseThrow();
      String fuel =
          compare(workspace)
              .right()
              .sentences()
              .get(REPORT_FUEL)
              .sentence()
              .span()
              .of(report.text());
      Path changed = temp.resolve("v2").resolve(SeedFiles.DIPLOMAT);
      Files.createDirectories(changed.getParent());
      Files.writeString(
          changed,
          Files.readString(SeedFiles.diplomat(), StandardCharsets.UTF_8).replace(fuel, ""),
          StandardCharsets.UTF_8);
      workspace.ingest(List.of(changed), IngestProgress.NONE, () -> false);

      Comparison comparison = compare(workspace);

      assertThat(comparison.review().orphaned()).hasSize(1);
      assertThat(comparison.review().applied()).isEmpty();
      assertEverySentenceOnce(comparison);
    }
  }

  @Test
  void correctionsTravelInTheAnnotationsExportAndImport() throws IOException {
    String exported;
    try (Workspace workspace = seeded()) {
      link(workspace);
      exported = workspace.annotations().exportJsonLd(false);
    }
    assertThat(exported).contains("\"motivation\" : \"editing\"", "TextPositionSelector");
    Path other = temp.resolve("other");
    try (Workspace fresh = Workspace.open(other)) {
      fresh.ingest(SeedFiles.both(), IngestProgress.NONE, () -> false);
      fresh.annotations().importJsonLd(exported);

      assertThat(fresh.annotations().all()).isEmpty();
      assertThat(pairOf(compare(fresh), WIRE_FUEL).right()).containsExactly(REPORT_FUEL);
    }
  }

  private static void link(Workspace workspace) throws IOException {
    workspace
        .annotations()
        .corrections()
        .correct(
            compare(workspace),
            CorrectionKind.LINK,
            List.of(WIRE_FUEL),
            List.of(REPORT_FUEL),
            "",
            "");
  }

  /**
   * Both seeds as their second versions: a line added at the wire's end, and a sentence inserted in
   * the later report before the restatements, so their positions and numbers move.
   */
  private List<Path> newVersions() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path seed : new TreeSet<>(SeedFiles.both())) {
      Path copy = temp.resolve("v2").resolve(seed.getFileName());
      Files.createDirectories(copy.getParent());
      Files.writeString(
          copy,
          Files.readString(seed, StandardCharsets.UTF_8)
                  .replace(
                      "Terrorist activity",
                      "An editor's note was added to this version. Terrorist activity")
              + "\nThis story was updated with a paragraph at the end.\n",
          StandardCharsets.UTF_8);
      files.add(copy);
    }
    return files;
  }
}
