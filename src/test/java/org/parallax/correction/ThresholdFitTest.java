package org.parallax.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.correction.ThresholdFit.Labelled;

/** The threshold fit on its own: what it picks, how it counts, when it is trusted. */
class ThresholdFitTest {

  @Test
  void theSignTestIsTheBinomialTail() {
    assertThat(ThresholdFit.signTest(0, 0)).isEqualTo(1.0);
    assertThat(ThresholdFit.signTest(3, 3)).isCloseTo(0.125, within(1e-12));
    assertThat(ThresholdFit.signTest(5, 5)).isCloseTo(0.03125, within(1e-12));
    // P(X >= 8 | n = 10) = (45 + 10 + 1) / 1024
    assertThat(ThresholdFit.signTest(8, 10)).isCloseTo(56.0 / 1024, within(1e-12));
  }

  @Test
  void theFitSeparatesTheLabelsAndStaysNearestTheShippedThresholdAmongEquals() {
    List<Labelled> labels =
        List.of(
            new Labelled(0.30, true, false),
            new Labelled(0.35, true, true),
            new Labelled(0.40, true, true),
            new Labelled(0.60, true, true));

    double fitted = ThresholdFit.fit(labels, 0.5, 0, 0);

    // Every threshold in (0.30, 0.35] agrees with all four; 0.35 is nearest the shipped 0.5.
    assertThat(fitted).isEqualTo(0.35);
    assertThat(ThresholdFit.agreement(labels, fitted, 0)).isEqualTo(4);
    assertThat(ThresholdFit.agreement(labels, 0.5, 0)).isEqualTo(2);
  }

  @Test
  void aLabelBelowTheWordFloorIsANoWhateverTheThreshold() {
    List<Labelled> labels = List.of(new Labelled(0.9, false, true));

    assertThat(ThresholdFit.agreement(labels, 0.1, 0)).isZero();
    assertThat(ThresholdFit.fit(labels, 0.5, 0, 0)).isEqualTo(0.5);
  }

  @Test
  void theUnknownBandAgreesWithNoLabel() {
    List<Labelled> labels =
        List.of(new Labelled(0.15, true, true), new Labelled(0.15, true, false));

    // Derived from 0.168, independent below 0.118: 0.15 is unknown.
    assertThat(ThresholdFit.agreement(labels, 0.168, 0.05)).isZero();
  }

  @Test
  void aClearShiftIsTrustedAndNoShiftIsNot() {
    List<Labelled> shifted = new ArrayList<>();
    List<Labelled> alike = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      // Analysts call "same" everything from 0.3 up; the shipped threshold is 0.5.
      double score = 0.1 + 0.03 * i;
      shifted.add(new Labelled(score, true, score >= 0.3));
      alike.add(new Labelled(score, true, score >= 0.5));
    }

    ThresholdFit.Result learnt = ThresholdFit.crossValidate(shifted, 0.5, 0, 0);
    ThresholdFit.Result nothing = ThresholdFit.crossValidate(alike, 0.5, 0, 0);

    assertThat(learnt.agreeHeldOut()).isGreaterThan(learnt.agreeShipped());
    assertThat(learnt.improves()).isTrue();
    // The lowest "same" score, 0.31: the separating threshold nearest the shipped one.
    assertThat(learnt.fitted()).isCloseTo(0.31, within(1e-9));
    assertThat(nothing.gained()).isZero();
    assertThat(nothing.improves()).isFalse();
  }
}
