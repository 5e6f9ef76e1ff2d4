package org.parallax.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.compare.StockPhrases;
import org.parallax.index.ArticleIndex;
import org.parallax.model.WordRunHash;

/**
 * The boilerplate of one workspace: runs of {@value StockPhrases#WORDS} words that recur across so
 * many of its stories that sharing them says nothing about copying (TextPAIR calls this the
 * banality filter). Learnt from the workspace itself in one pass over its texts.
 *
 * <p>Story counts are kept in a count-min sketch: a run is counted once per story, a count can only
 * err upwards, and memory stays fixed however large the archive. Immutable once built, so safe to
 * share between threads.
 */
public final class WorkspaceBoilerplate implements StockPhrases {

  /**
   * Least number of stories a run must recur in to be boilerplate, whatever the workspace's size:
   * one story copied by a dozen outlets stays evidence.
   */
  public static final int MIN_STORIES = 20;

  /** Least share of the workspace's stories a run must recur in to be boilerplate. */
  public static final double MIN_SHARE = 0.005;

  /**
   * Least share of the workspace's stories a word must appear in to be common: too common to be the
   * name a story centres on. A company or a place rarely appears in one story in a hundred.
   */
  public static final double COMMON_WORD_SHARE = 0.01;

  private static final int ROWS = 4;
  private static final int MAX_WIDTH_BITS = 23;

  private final int[][] counts;
  private final int mask;
  private final int threshold;
  private final int commonThreshold;
  private final int stories;

  private WorkspaceBoilerplate(int widthBits, int stories) {
    this.counts = new int[ROWS][1 << widthBits];
    this.mask = (1 << widthBits) - 1;
    this.stories = stories;
    this.threshold = Math.max(MIN_STORIES, (int) Math.ceil(MIN_SHARE * stories));
    this.commonThreshold = Math.max(MIN_STORIES, (int) Math.ceil(COMMON_WORD_SHARE * stories));
  }

  /**
   * Learns the boilerplate of an index's current stories.
   *
   * @param index the workspace's index
   */
  public static WorkspaceBoilerplate learn(ArticleIndex index) {
    int stories = (int) Math.min(Integer.MAX_VALUE, index.size());
    int widthBits = 16;
    while (widthBits < MAX_WIDTH_BITS && (1L << widthBits) < 64L * Math.max(1, stories)) {
      widthBits++;
    }
    WorkspaceBoilerplate table = new WorkspaceBoilerplate(widthBits, stories);
    index.forEachCurrentText(table::count);
    return table;
  }

  /** Counts each run, and each word, of a story once. */
  private void count(String text) {
    List<String> words = StockPhrases.words(text);
    Set<Long> seen = new HashSet<>();
    for (String word : words) {
      seen.add(hash(List.of(word)));
    }
    for (int i = 0; i + WORDS <= words.size(); i++) {
      seen.add(hash(words.subList(i, i + WORDS)));
    }
    for (long hash : seen) {
      for (int row = 0; row < ROWS; row++) {
        counts[row][slot(hash, row)]++;
      }
    }
  }

  @Override
  public boolean isStock(List<String> words) {
    return reaches(hash(words), threshold);
  }

  @Override
  public boolean isCommon(String word) {
    return reaches(hash(List.of(word)), commonThreshold);
  }

  /**
   * Returns true from 2,000 stories on: a word in one story in a hundred is then in 20 or more,
   * which chance alone seldom gives a name.
   */
  @Override
  public boolean knowsWords() {
    return COMMON_WORD_SHARE * stories >= MIN_STORIES;
  }

  /** Returns true when the sketch counts at least {@code least} stories for the hash. */
  private boolean reaches(long hash, int least) {
    if (stories < least) {
      return false;
    }
    for (int row = 0; row < ROWS; row++) {
      if (counts[row][slot(hash, row)] < least) {
        return false;
      }
    }
    return true;
  }

  /** Returns how many stories a run must recur in to count as boilerplate here. */
  public int threshold() {
    return threshold;
  }

  private int slot(long hash, int row) {
    long mixed = (hash ^ (0x9E3779B97F4A7C15L * (row + 1))) * 0xBF58476D1CE4E5B9L;
    return (int) (mixed >>> 40) & mask;
  }

  private static long hash(List<String> words) {
    return WordRunHash.of(words);
  }
}
