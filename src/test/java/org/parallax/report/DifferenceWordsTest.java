package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Difference;
import org.parallax.model.DifferenceChange;
import org.parallax.model.DifferenceType;

class DifferenceWordsTest {

  @Test
  void changedTitleOfANamedPersonNamesThePerson() {
    assertThat(
            DifferenceWords.sentence(
                fact(
                    DifferenceType.TITLE,
                    DifferenceChange.CHANGED,
                    "top U.S. envoy to Africa",
                    "Senior Bureau Official",
                    "Nick Checker")))
        .isEqualTo(
            "Title of Nick Checker changed: top U.S. envoy to Africa became Senior Bureau"
                + " Official.");
  }

  @Test
  void droppedNameSaysWhichNameWentMissing() {
    assertThat(
            DifferenceWords.sentence(
                fact(DifferenceType.ENTITY, DifferenceChange.DROPPED, "Bamako", "", null)))
        .isEqualTo("Name dropped: Bamako.");
  }

  @Test
  void attributionChangedToNoMatchingSourceShowsADash() {
    assertThat(
            DifferenceWords.sentence(
                fact(
                    DifferenceType.ATTRIBUTION,
                    DifferenceChange.CHANGED,
                    "the ministry",
                    "",
                    null)))
        .isEqualTo("Attribution changed: the ministry became -.");
  }

  @Test
  void movedQuotationMarksAreAnExtentChange() {
    assertThat(
            DifferenceWords.sentence(
                fact(
                    DifferenceType.QUOTE,
                    DifferenceChange.EXTENT_CHANGED,
                    "a step",
                    "a step that will",
                    null)))
        .isEqualTo("Quotation extent changed: the marks were moved to take in different words.");
  }

  @Test
  void hedgeAddedOnTheRightWeakensCertainty() {
    assertThat(
            DifferenceWords.sentence(
                fact(DifferenceType.HEDGE, DifferenceChange.ADDED, "", "may", null)))
        .isEqualTo("Certainty weakened: the right side hedges with may.");
  }

  private static Difference fact(
      DifferenceType type, DifferenceChange change, String left, String right, String subject) {
    return new Difference(type, change, left, right, subject, List.of(), List.of());
  }
}
