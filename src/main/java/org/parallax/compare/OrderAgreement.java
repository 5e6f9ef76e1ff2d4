package org.parallax.compare;

import java.util.List;

/** How far aligned claims keep the same order in both reports: Kendall's tau mapped to [0, 1]. */
final class OrderAgreement {

  private OrderAgreement() {}

  /** Returns 1 when every two pairs keep their order, 0 when every two are swapped; 1 if < 2. */
  static double of(List<Aligner.Group> groups) {
    int concordant = 0;
    int discordant = 0;
    for (int x = 0; x < groups.size(); x++) {
      for (int y = x + 1; y < groups.size(); y++) {
        int dl = Integer.compare(groups.get(x).left.first(), groups.get(y).left.first());
        int dr = Integer.compare(groups.get(x).right.first(), groups.get(y).right.first());
        if (dl * dr > 0) {
          concordant++;
        } else if (dl * dr < 0) {
          discordant++;
        }
      }
    }
    int total = concordant + discordant;
    return total == 0 ? 1.0 : (1.0 + (double) (concordant - discordant) / total) / 2.0;
  }
}
