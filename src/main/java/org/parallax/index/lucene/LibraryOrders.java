package org.parallax.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.FixedBitSet;
import org.parallax.model.LibraryOrder.Column;
import org.parallax.model.SearchHit;

/**
 * Every document of one index reader in the order of each library column, worked out once per
 * column and reader: sorting 100,000 matches is then one pass over a ready order, keeping the
 * matches, instead of a Lucene sort that copies and compares every value (over a second for titles
 * at that size).
 *
 * <p>A reader is replaced after each commit, so the first sort on a column after an ingest pays for
 * ordering the whole index once; the rows it reads are already decoded ({@link LibraryRows}).
 */
final class LibraryOrders {

  private final IndexReader reader;
  private final LibraryRows rows;
  private final Map<Column, Ordered> orders = new EnumMap<>(Column.class);

  LibraryOrders(IndexReader reader, LibraryRows rows) {
    this.reader = reader;
    this.rows = rows;
  }

  /** Returns true when these orders were worked out for {@code other}. */
  boolean isFor(IndexReader other) {
    return reader == other;
  }

  /**
   * Returns the matching documents in a column's order; documents without a value (no outlet, no
   * byline, no date) come last either way.
   *
   * @param column any column but relevance
   * @param descending largest first
   * @param matches the documents to keep, by index-wide number
   * @param limit the most to return
   */
  List<SearchHit> ordered(Column column, boolean descending, FixedBitSet matches, int limit)
      throws IOException {
    Ordered order = order(column);
    List<SearchHit> kept = new ArrayList<>(Math.min(limit, matches.cardinality()));
    int present = order.present();
    for (int i = 0; i < order.docs().length && kept.size() < limit; i++) {
      int doc = order.docs()[i < present && descending ? present - 1 - i : i];
      if (matches.get(doc)) {
        kept.add(rows.row(reader, doc));
      }
    }
    return kept;
  }

  private synchronized Ordered order(Column column) throws IOException {
    Ordered known = orders.get(column);
    if (known == null) {
      known = work(column);
      orders.put(column, known);
    }
    return known;
  }

  private Ordered work(Column column) throws IOException {
    int size = reader.maxDoc();
    SearchHit[] all = new SearchHit[size];
    for (int doc = 0; doc < size; doc++) {
      all[doc] = rows.row(reader, doc);
    }
    return switch (column) {
      case TITLE -> byText(all, hit -> hit.details().listedTitle());
      case OUTLET -> byText(all, SearchHit::outlet);
      case BYLINE -> byText(all, hit -> hit.details().byline());
      case PUBLISHED ->
          byNumber(
              all,
              hit ->
                  hit.published() == null
                      ? Long.MIN_VALUE
                      : hit.published().approximateEpochMillis());
      case WORDS -> byNumber(all, hit -> hit.details().words());
      case VERSIONS -> byNumber(all, hit -> hit.details().versions());
      case RELEVANCE -> throw new IllegalArgumentException("relevance is the query's order");
    };
  }

  private static Ordered byText(SearchHit[] all, Function<SearchHit, String> text) {
    List<Keyed<String>> present = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int doc = 0; doc < all.length; doc++) {
      String value = all[doc] == null ? null : text.apply(all[doc]);
      if (value == null || value.isBlank()) {
        missing.add(doc);
      } else {
        present.add(new Keyed<>(value.strip().toLowerCase(Locale.ROOT), doc));
      }
    }
    present.sort(Comparator.comparing(Keyed::key));
    return ordered(present, missing);
  }

  private static Ordered byNumber(SearchHit[] all, ToLongFunction<SearchHit> number) {
    List<Keyed<Long>> present = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int doc = 0; doc < all.length; doc++) {
      long value = all[doc] == null ? Long.MIN_VALUE : number.applyAsLong(all[doc]);
      if (value == Long.MIN_VALUE) {
        missing.add(doc);
      } else {
        present.add(new Keyed<>(value, doc));
      }
    }
    present.sort(Comparator.comparing(Keyed::key));
    return ordered(present, missing);
  }

  private static <K extends Comparable<K>> Ordered ordered(
      List<Keyed<K>> present, List<Integer> missing) {
    int[] docs = new int[present.size() + missing.size()];
    for (int i = 0; i < present.size(); i++) {
      docs[i] = present.get(i).doc();
    }
    for (int i = 0; i < missing.size(); i++) {
      docs[present.size() + i] = missing.get(i);
    }
    return new Ordered(docs, present.size());
  }

  /** Documents in ascending order of a column: those with a value, then those without. */
  private record Ordered(int[] docs, int present) {}

  private record Keyed<K extends Comparable<K>>(K key, int doc) {}
}
