package org.parallax.syndication.pure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every report's sampled shingles held in memory as postings, so the scan counts the shingles each
 * report shares with every other in one pass over the table instead of one index query per report.
 *
 * <p>Looking a report's shingles up in the index one query at a time spends most of its time
 * seeking hashed terms in the term dictionary (random keys, no shared prefixes); reading the
 * dictionary once in order and joining in memory does the same work without the seeks. The cost of
 * a look-up is the sum of the lengths of its shingles' postings, so shingles carried by more than a
 * cap of reports are left out of the postings: they are stock phrases, and counting them would cost
 * the square of their spread. They still count towards each report's number of shingles.
 *
 * <p>Safe to share between threads once built: look-ups only read it.
 */
public final class FingerprintTable {

  private final List<String> ids;
  private final Map<String, Integer> indexOf;
  private final int[] printCounts;
  private final int[][] postings;
  private final int[][] printsOfReport;
  private final int stockPhrases;
  private final ThreadLocal<int[]> counters;

  private FingerprintTable(
      List<String> ids, int[] printCounts, List<int[]> postings, int stockPhrases) {
    this.ids = List.copyOf(ids);
    this.indexOf = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      indexOf.put(ids.get(i), i);
    }
    this.printCounts = printCounts;
    this.postings = postings.toArray(new int[0][]);
    this.printsOfReport = invert(this.postings, ids.size());
    this.stockPhrases = stockPhrases;
    this.counters = ThreadLocal.withInitial(() -> new int[ids.size()]);
  }

  /**
   * Starts a table of the given reports.
   *
   * @param ids the reports' ids; a report is named by its position in this list while building
   * @param maxReportsPerPrint shingles carried by more reports than this are stock phrases
   */
  public static Builder builder(List<String> ids, int maxReportsPerPrint) {
    return new Builder(ids, maxReportsPerPrint);
  }

  /** Returns how many reports the table holds. */
  public int size() {
    return ids.size();
  }

  /** Returns how many shingles are shared by two reports or more and kept in the postings. */
  public int sharedPrints() {
    return postings.length;
  }

  /** Returns how many shingles were left out as stock phrases. */
  public int stockPhrases() {
    return stockPhrases;
  }

  /**
   * Returns the reports sharing at least {@code minShared} shingles with a report, most shared
   * first (then by id), at most {@code limit} of them; empty for a report the table does not hold.
   *
   * @param id the report
   * @param minShared the fewest shingles a report must share; fewer when the report itself has
   *     fewer, so a short report copied whole is still found
   * @param limit the most reports to return
   */
  public List<Overlap> overlaps(String id, int minShared, int limit) {
    Integer report = indexOf.get(id);
    if (report == null) {
      return List.of();
    }
    int needed = Math.max(1, Math.min(minShared, printCounts[report]));
    int[] counts = counters.get();
    List<Integer> touched = new ArrayList<>();
    for (int print : printsOfReport[report]) {
      for (int other : postings[print]) {
        if (other != report && counts[other]++ == 0) {
          touched.add(other);
        }
      }
    }
    List<Overlap> found = new ArrayList<>();
    for (int other : touched) {
      if (counts[other] >= needed) {
        found.add(new Overlap(ids.get(other), counts[other], printCounts[report]));
      }
      counts[other] = 0;
    }
    found.sort(Comparator.comparingInt(Overlap::shared).reversed().thenComparing(Overlap::other));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
  }

  private static int[][] invert(int[][] postings, int reports) {
    int[] sizes = new int[reports];
    for (int[] carriers : postings) {
      for (int report : carriers) {
        sizes[report]++;
      }
    }
    int[][] prints = new int[reports][];
    for (int report = 0; report < reports; report++) {
      prints[report] = new int[sizes[report]];
    }
    int[] filled = new int[reports];
    for (int print = 0; print < postings.length; print++) {
      for (int report : postings[print]) {
        prints[report][filled[report]++] = print;
      }
    }
    return prints;
  }

  /**
   * A report sharing shingles with the one looked up.
   *
   * @param other the other report's id
   * @param shared how many of the looked-up report's shingles the other has
   * @param of how many shingles the looked-up report has
   */
  public record Overlap(String other, int shared, int of) {

    /** Returns the share of the looked-up report's shingles the other has, in [0, 1]. */
    public double containment() {
      return of == 0 ? 0 : Math.min(1.0, (double) shared / of);
    }
  }

  /** Collects the reports carrying each shingle, one shingle at a time. */
  public static final class Builder {

    private final List<String> ids;
    private final int maxReportsPerPrint;
    private final int[] printCounts;
    private final List<int[]> postings = new ArrayList<>();
    private int stockPhrases;

    private Builder(List<String> ids, int maxReportsPerPrint) {
      this.ids = ids;
      this.maxReportsPerPrint = maxReportsPerPrint;
      this.printCounts = new int[ids.size()];
    }

    /**
     * Adds one shingle and the reports that carry it.
     *
     * @param carriers positions in the id list, each at most once
     * @param count how many of {@code carriers} to read
     */
    public Builder add(int[] carriers, int count) {
      for (int i = 0; i < count; i++) {
        printCounts[carriers[i]]++;
      }
      if (count > maxReportsPerPrint) {
        stockPhrases++;
      } else if (count >= 2) {
        postings.add(Arrays.copyOf(carriers, count));
      }
      return this;
    }

    /** Returns the table. */
    public FingerprintTable build() {
      return new FingerprintTable(ids, printCounts, postings, stockPhrases);
    }
  }
}
