package org.parallax.compare;

import java.util.List;
import org.parallax.model.Difference;

/**
 * Types what changed between two claims that state the same thing: names, numbers, times, titles,
 * attribution, quotations, hedging, negation, contrary wording, and details present on one side
 * only. The result is facts (type, side, values, word positions); the sentences people read are
 * written in {@code report}.
 *
 * <p>One finder per type runs over a shared record of the words already explained, in a fixed
 * order, so a replaced name is reported once as an entity change and not again as an omitted and an
 * added detail. To add a type, write its finder and place it in {@link #FINDERS}.
 */
final class DifferenceFinder {

  /** One finder of one type of difference. */
  @FunctionalInterface
  private interface TypeFinder {
    void find(ExplainedWords pair);
  }

  /** The finders in the order they claim words: quotations first, leftover details last. */
  private static final List<TypeFinder> FINDERS =
      List.of(
          QuoteDifferences::find,
          AttributionDifferences::find,
          TitleDifferences::find,
          NameDifferences::find,
          NumberDifferences::find,
          TimeDifferences::find,
          HedgeDifferences::find,
          ContraryDifferences::find,
          NegationDifferences::find,
          DetailDifferences::find);

  private DifferenceFinder() {}

  /**
   * Returns the typed differences between two claims, in the fixed order of {@link #FINDERS}.
   *
   * @param materialWeight the least IDF weight of words on one side only that counts as a detail
   */
  static List<Difference> between(ClaimView left, ClaimView right, double materialWeight) {
    ExplainedWords pair = new ExplainedWords(left, right, materialWeight);
    // A ticker one side prints beside a name is no word of the claim: "<CAWL.L>".
    Identifiers.explainTickers(pair.left);
    Identifiers.explainTickers(pair.right);
    for (TypeFinder finder : FINDERS) {
      finder.find(pair);
    }
    return pair.found();
  }
}
