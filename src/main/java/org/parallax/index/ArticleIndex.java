package org.parallax.index;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.LibraryOrder;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;
import org.parallax.syndication.pure.FingerprintTable;
import org.parallax.syndication.pure.Fingerprints;

/**
 * The library of a workspace: stores article versions, searches the current ones and finds related
 * reports, whichever engine holds them.
 *
 * <p>Everything above the index (the workspace, the scan, the events, the window and the command
 * line) sees only this interface, so the embedded Lucene index and a shared search cluster are
 * interchangeable. Writes are serialised; reads are thread-safe and see what was stored up to the
 * last {@link #commit()}.
 */
public interface ArticleIndex extends AutoCloseable {

  /**
   * Stores an article as a new version of its story, unless that exact text is already stored.
   *
   * <p>The new version gets the next version number and becomes current; earlier versions are kept.
   * Nothing is durable until {@link #commit()}.
   *
   * @param article the article as read (its version number is ignored)
   * @param ingestedAt when it is stored
   * @return the article as stored, or empty when a version with the same text already exists
   */
  Optional<Article> store(Article article, Instant ingestedAt);

  /**
   * Tells the index which stories the next {@link #store} calls are about, so a backend far away
   * can look up their stored versions in one request instead of one per article. Nothing is stored;
   * an index that looks versions up cheaply ignores it.
   *
   * @param stories the stories of the articles about to be stored
   */
  default void prepareToStore(Collection<ArticleId> stories) {}

  /** Makes everything stored so far durable and visible to searches. */
  void commit();

  /** Returns the current version of a story, if stored and committed. */
  default Optional<Article> current(ArticleId id) {
    return versions(id).stream().max(Comparator.comparingInt(Article::version));
  }

  /** Returns every committed version of a story, oldest first. */
  List<Article> versions(ArticleId id);

  /**
   * Returns the current version of the story with this exact URL, if stored and committed.
   *
   * @param url the article's URL as ingested
   */
  Optional<Article> byUrl(String url);

  /**
   * Replaces what the annotations on a story's current version make searchable, and commits.
   *
   * <p>The current version's document is rewritten with the new terms; earlier versions keep none,
   * since searches only see current versions.
   *
   * @param id the story
   * @param terms the tags, notes and authors of all its annotations
   * @return false when the story is not stored
   */
  default boolean setAnnotationTerms(ArticleId id, AnnotationTerms terms) {
    return setAnnotationTerms(Map.of(id, terms)) == 1;
  }

  /**
   * Replaces the annotation terms of several stories' current versions in one commit.
   *
   * @param terms the terms of each story
   * @return how many of the stories are stored (the others are skipped)
   */
  int setAnnotationTerms(Map<ArticleId, AnnotationTerms> terms);

  /** Returns how many stories (current versions) are committed. */
  long size();

  /**
   * Searches the current versions.
   *
   * @param query Lucene query syntax over title, body, byline and outlet; blank for all
   * @param outlets keep only these outlets; empty for all
   * @param dates keep only these publication days ({@code yyyy-MM-dd}), months ({@code yyyy-MM}) or
   *     years ({@code yyyy}); empty for all
   * @param sortByDate newest first instead of most relevant first
   * @param limit the most hits to return
   * @throws QuerySyntaxException when the query is not valid syntax
   */
  SearchResults search(
      String query, List<String> outlets, List<String> dates, boolean sortByDate, int limit);

  /**
   * Returns every current version matching a search, up to {@code limit}, as library rows in the
   * order asked, with facet counts and no snippets: what the library table lists.
   *
   * @param query Lucene query syntax over title, body, byline and outlet; blank for all
   * @param outlets keep only these outlets; empty for all
   * @param dates keep only these publication days ({@code yyyy-MM-dd}), months ({@code yyyy-MM}) or
   *     years ({@code yyyy}); empty for all
   * @param order relevance or a column
   * @param limit the most rows to return
   * @throws QuerySyntaxException when the query is not valid syntax
   */
  SearchResults browse(
      String query, List<String> outlets, List<String> dates, LibraryOrder order, int limit);

  /**
   * Returns where a query matches in a story's current version: an extract with the matched words
   * in {@code <b>} (other text escaped for HTML); empty when nothing in its body matches.
   *
   * @param query Lucene query syntax, as for {@link #search}
   * @param id the story
   * @throws QuerySyntaxException when the query is not valid syntax
   */
  String snippet(String query, ArticleId id);

  /**
   * Returns the other reports on the same event as a story, best first, scores in [0, 1].
   *
   * @param id the story
   * @param limit the most reports to return
   */
  List<SearchHit> related(ArticleId id, int limit);

  /**
   * Returns the reports related to a story as {@link #related} ranks and scores them, without the
   * highlighted snippets a reader needs and a workspace-wide grouping does not (they cost about a
   * sixth of each query). A hit may carry its id and score alone (the embedded index leaves out the
   * title, outlet, date and details, which it would read from every related report's stored
   * fields).
   *
   * @param id the story
   * @param limit the most reports to return
   */
  List<SearchHit> relatedWithoutSnippets(ArticleId id, int limit);

  /**
   * Reads the fingerprints of every current report into memory, for a scan that looks up every
   * report's candidates: one ordered pass over the index instead of one query per report.
   *
   * @param maxReportsPerPrint shingles carried by more reports than this are left out as stock
   *     phrases
   */
  FingerprintTable fingerprintTable(int maxReportsPerPrint);

  /**
   * Returns the current reports sharing fingerprints with one report, as {@link
   * FingerprintTable#overlaps} would, from one query of that report's fingerprints: for checking a
   * few new articles, where reading {@link #fingerprintTable every report's} would cost more than
   * the check. Empty for a report not stored.
   *
   * @param id the report
   * @param minShared the fewest fingerprints a report must share (fewer when it has fewer)
   * @param limit the most reports to return
   * @param maxReportsPerPrint fingerprints carried by more reports than this are stock phrases
   */
  default List<FingerprintTable.Overlap> fingerprintOverlaps(
      ArticleId id, int minShared, int limit, int maxReportsPerPrint) {
    // A backend without a cheaper way reads every report's fingerprints: the same answer.
    return fingerprintTable(maxReportsPerPrint).overlaps(id.value(), minShared, limit);
  }

  /** Returns how many fingerprints a current report's body gives, 0 when it is not stored. */
  default int fingerprintCount(ArticleId id) {
    return current(id).map(a -> Fingerprints.of(IndexedText.body(a)).size()).orElse(0);
  }

  /**
   * Hands the headline and body text of every committed story to {@code visitor}, one at a time, in
   * index order: one pass for workspace-wide statistics such as boilerplate.
   *
   * @param visitor told each current story's text
   */
  void forEachCurrentText(Consumer<String> visitor);

  /**
   * Returns the ids of every committed story, optionally only those published since an instant
   * (undated stories are then left out).
   *
   * @param since the earliest publication to keep, or null for all
   */
  List<ArticleId> currentIds(Instant since);

  /**
   * Indexes the fingerprints of versions stored before the index had them (the index is upgraded in
   * place on the first scan, not on open, so opening stays fast) and commits.
   *
   * @return how many versions were re-indexed
   */
  int addMissingFingerprints();

  /**
   * Removes every version of a story and commits.
   *
   * @param id the story
   * @return the versions removed, oldest first (empty when the story is not stored), which {@link
   *     #restore} puts back
   */
  List<Article> delete(ArticleId id);

  /**
   * Puts back the versions of a story that {@link #delete} removed, with their version numbers and
   * ingest times, the latest as the current one, and commits.
   *
   * @param versions the versions as {@link #delete} returned them
   * @throws IllegalStateException when the story was stored again in between
   */
  void restore(List<Article> versions);

  /** Returns the current version of every committed story, in id order. */
  List<Article> currentArticles();

  /**
   * Returns the SHA-256 of the source file of every committed version, current or earlier, so an
   * original file still used by another article is kept when one is deleted.
   */
  Set<String> sourceHashes();

  /** Returns the bytes the index's files take on disk. */
  long sizeOnDisk();

  /** Releases the index; a writer commits what it stored first. */
  @Override
  void close();
}
