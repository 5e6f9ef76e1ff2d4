package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.testing.Articles;

/**
 * Keys that keep only the words able to name a key of the reports they meet tell apart exactly the
 * reports the full keys tell apart: template stories, names and the words that begin them or that
 * they begin, written as names or in lower case.
 */
class KeyEntitiesNarrowingTest {

  /** Replay a failing run with {@code -Dparallax.test.seed=N}. */
  private static final long SEED = Long.getLong("parallax.test.seed", 20261203L);

  /** Names, some beginning others ("Chile", "Chilean"), and words that share their openings. */
  private static final List<String> NAMES =
      List.of(
          "Jamesway",
          "Shoe-Town",
          "Chile",
          "Chilean",
          "Chileans",
          "Zenith",
          "Zenithal",
          "Acme",
          "Acmes",
          "Baxter",
          "Morris",
          "Morrison",
          "Ford",
          "Fordham",
          "Kenya",
          "Kenyan",
          "Tallinn",
          "Tartu",
          "Lima",
          "Limas");

  /** Common words, some of which begin or are begun by a name in lower case ("chiles", "ford"). */
  private static final List<String> WORDS =
      List.of(
          "sales",
          "rise",
          "pct",
          "said",
          "company",
          "the",
          "quarter",
          "results",
          "chiles",
          "ford",
          "fording",
          "limas",
          "acmeish",
          "morr",
          "kenyanness",
          "dividend",
          "bond",
          "issue",
          "of",
          "in");

  private final ComparisonEngine engine = ComparisonEngine.builder().build();

  @Test
  void templateStoriesOfTwoCompaniesStayApartAndOneCompanysStayTogether() {
    List<Article> reports =
        List.of(
            report("a", "JAMESWAY <JMY> MARCH SALES UP 15 PCT", "Jamesway Corp said sales rose."),
            report("b", "SHOE-TOWN MARCH SALES RISE 19 PCT", "Shoe-Town Inc said sales rose."),
            report("c", "Jamesway sales up", "Analysts said Jamesway had a good March."),
            report("d", "Chilean copper output rises", "Chile said its copper output rose."),
            report("e", "Chile copper output up", "The Chilean mines said output rose."));

    assertSameAnswers(reports);
  }

  @Test
  void randomReportsGetTheSameAnswersFromNarrowedKeys() {
    Random random = new Random(SEED);
    List<Article> reports = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      reports.add(report("r" + i, sentence(random, 3 + random.nextInt(4)), body(random)));
    }

    assertSameAnswers(reports);
  }

  /** Checks every ordered pair gets the same answer from the full keys and the narrowed ones. */
  private void assertSameAnswers(List<Article> reports) {
    List<KeyEntities> full = new ArrayList<>();
    NavigableSet<String> allKeys = new TreeSet<>();
    ConcurrentHashMap<String, String> canonical = new ConcurrentHashMap<>();
    for (Article report : reports) {
      KeyEntities keys = engine.centreKeys(report, StockPhrases.NONE);
      full.add(keys);
      allKeys.addAll(keys.keys());
    }
    List<KeyEntities> narrowed = new ArrayList<>();
    for (KeyEntities keys : full) {
      narrowed.add(keys.sharingWords(canonical).keepingWordsThatName(allKeys));
    }
    int apart = 0;
    for (int i = 0; i < reports.size(); i++) {
      assertThat(full.get(i).words).containsAll(narrowed.get(i).words);
      assertThat(narrowed.get(i).keys()).isEqualTo(full.get(i).keys());
      for (int j = 0; j < reports.size(); j++) {
        boolean expected = full.get(i).centresApartFrom(full.get(j));
        assertThat(narrowed.get(i).centresApartFrom(narrowed.get(j)))
            .as("%s against %s", reports.get(i).title(), reports.get(j).title())
            .isEqualTo(expected);
        assertThat(KeyEntities.absentFrom(narrowed.get(i), narrowed.get(j)))
            .isEqualTo(KeyEntities.absentFrom(full.get(i), full.get(j)));
        apart += expected ? 1 : 0;
      }
    }
    // The pairs must include both answers, or the comparison would prove little.
    assertThat(apart).isPositive().isLessThan(reports.size() * reports.size());
    int fullWords = full.stream().mapToInt(k -> k.words.size()).sum();
    int keptWords = narrowed.stream().mapToInt(k -> k.words.size()).sum();
    assertThat(keptWords).isLessThan(fullWords);
  }

  private static Article report(String id, String title, String body) {
    return Articles.withId(id).title(title).paragraphs(body).build();
  }

  /** Two or three sentences mixing names (as names) and common words, some names in lower case. */
  private static String body(Random random) {
    StringBuilder text = new StringBuilder();
    int sentences = 2 + random.nextInt(2);
    for (int i = 0; i < sentences; i++) {
      text.append(sentence(random, 6 + random.nextInt(6))).append(". ");
    }
    return text.toString().strip();
  }

  private static String sentence(Random random, int words) {
    List<String> chosen = new ArrayList<>();
    chosen.add("The");
    for (int i = 0; i < words; i++) {
      if (random.nextInt(3) == 0) {
        String name = NAMES.get(random.nextInt(NAMES.size()));
        chosen.add(random.nextInt(5) == 0 ? name.toLowerCase(Locale.ROOT) : name);
      } else {
        chosen.add(WORDS.get(random.nextInt(WORDS.size())));
      }
    }
    return String.join(" ", chosen);
  }
}
