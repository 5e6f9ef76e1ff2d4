package org.parallax.index.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.parallax.index.AnnotationTerms;
import org.parallax.index.IndexUnavailableException;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;

/**
 * Stores article versions on the cluster in batches: which versions a story already has is looked
 * up for many stories in one request, and new documents go out together, since every round trip to
 * a remote cluster costs more than the work it carries.
 *
 * <p>Documents wait here until {@link #FLUSH_EVERY} are ready or the next commit. A batch the
 * cluster does not take is lost with everything since the last commit, so any failure to send one
 * is an {@link IndexUnavailableException}: the caller reports those articles as not stored. Not
 * thread-safe: the index serialises writes.
 */
final class SolrWriter {

  /** Documents sent to the cluster in one request. */
  static final int FLUSH_EVERY = 200;

  /** Stories looked up in one request (well below Solr's 1,024 boolean clauses). */
  private static final int LOOKUP_EVERY = 500;

  private final SolrClient client;
  private final SolrLocation location;
  private final StreamingReads reads;

  /** The versions of each story looked up or stored since the last commit. */
  private final Map<String, List<Known>> known = new HashMap<>();

  private final List<SolrInputDocument> pending = new ArrayList<>();

  /** A version as far as storing needs it: its number and the hash of its text. */
  record Known(int version, String contentHash) {}

  /** Streams every match of a query to a visitor (the index's cursor reads). */
  @FunctionalInterface
  interface StreamingReads {
    void stream(SolrQuery query, Consumer<SolrDocument> visitor);
  }

  SolrWriter(SolrClient client, SolrLocation location, StreamingReads reads) {
    this.client = client;
    this.location = location;
    this.reads = reads;
  }

  /** Looks up the stored versions of every story not looked up yet, a few hundred per request. */
  void prefetch(Collection<ArticleId> stories) {
    Set<String> missing = new LinkedHashSet<>();
    for (ArticleId story : stories) {
      if (!known.containsKey(story.value())) {
        missing.add(story.value());
      }
    }
    List<String> ids = new ArrayList<>(missing);
    for (int from = 0; from < ids.size(); from += LOOKUP_EVERY) {
      lookUp(ids.subList(from, Math.min(ids.size(), from + LOOKUP_EVERY)));
    }
  }

  /** Stores a new version unless one with the same text exists; see {@code ArticleIndex.store}. */
  Optional<Article> store(Article article, Instant ingestedAt) {
    String id = article.id().value();
    if (!known.containsKey(id)) {
      lookUp(List.of(id));
    }
    List<Known> versions = known.get(id);
    if (versions.stream().anyMatch(v -> v.contentHash().equals(article.contentHash()))) {
      return Optional.empty();
    }
    int version = versions.stream().mapToInt(Known::version).max().orElse(0) + 1;
    Article stored = article.withVersion(version, ingestedAt);
    pending.add(SolrDocuments.of(stored, true, AnnotationTerms.NONE));
    versions.forEach(earlier -> pending.add(SolrDocuments.demotion(id, earlier.version())));
    versions.add(new Known(version, article.contentHash()));
    if (pending.size() >= FLUSH_EVERY) {
      flush();
    }
    return Optional.of(stored);
  }

  /** Sends what waits, makes everything durable and visible, and forgets the looked-up versions. */
  void commit() {
    flush();
    try {
      client.commit(true, true);
    } catch (SolrServerException | IOException | SolrException e) {
      throw lost(e);
    } finally {
      known.clear();
    }
  }

  private void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      client.add(pending);
    } catch (SolrServerException | IOException | SolrException e) {
      known.clear();
      throw lost(e);
    } finally {
      pending.clear();
    }
  }

  private void lookUp(List<String> ids) {
    for (String id : ids) {
      known.put(id, new ArrayList<>());
    }
    StringBuilder query = new StringBuilder(SolrDocuments.ID).append(":(");
    for (int i = 0; i < ids.size(); i++) {
      query.append(i == 0 ? "" : " OR ").append(ClientUtils.escapeQueryChars(ids.get(i)));
    }
    SolrQuery lookup = new SolrQuery(query.append(')').toString());
    lookup.setFields(SolrDocuments.ID, SolrDocuments.VERSION, SolrDocuments.CONTENT_HASH);
    reads.stream(
        lookup,
        doc ->
            known
                .get((String) doc.getFirstValue(SolrDocuments.ID))
                .add(
                    new Known(
                        ((Number) doc.getFirstValue(SolrDocuments.VERSION)).intValue(),
                        (String) doc.getFirstValue(SolrDocuments.CONTENT_HASH))));
  }

  /** Whatever the cluster said, the articles sent since the last commit may not be stored. */
  private IndexUnavailableException lost(Exception cause) {
    if (SolrFailures.noNodeAnswers(cause)) {
      return new IndexUnavailableException(SolrFailures.noNodeAnswers(location), cause);
    }
    return new IndexUnavailableException(
        "the Solr index " + location + " did not take the articles sent: " + cause.getMessage(),
        cause);
  }
}
