package org.parallax.index.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.parallax.index.IndexedText;
import org.parallax.model.Article;
import org.parallax.syndication.pure.FingerprintTable;
import org.parallax.syndication.pure.Fingerprints;

/**
 * One report's fingerprint overlaps asked of the cluster, for a watcher checking a new arrival: two
 * requests (which of its fingerprints are stock phrases, then the reports sharing enough of the
 * others) instead of reading every report's fingerprints.
 */
final class SolrOverlaps {

  private SolrOverlaps() {}

  /**
   * Returns what {@link FingerprintTable#overlaps} would for the report: the current reports
   * sharing at least {@code minShared} of its fingerprints (fewer when it has fewer), most shared
   * first then by id, at most {@code limit}; fingerprints carried by more than {@code
   * maxReportsPerPrint} current reports are left out as stock phrases.
   */
  static List<FingerprintTable.Overlap> of(
      Function<SolrQuery, QueryResponse> search,
      Article report,
      int minShared,
      int limit,
      int maxReportsPerPrint) {
    List<String> prints = Fingerprints.of(IndexedText.body(report));
    int needed = Math.max(1, Math.min(minShared, prints.size()));
    List<String> kept = withoutStockPhrases(search, prints, maxReportsPerPrint);
    if (kept.size() < needed) {
      return List.of();
    }
    // Each kept fingerprint scores exactly 1 (^=), so a report's score is how many it shares.
    StringBuilder shared = new StringBuilder();
    for (String print : kept) {
      shared
          .append(shared.length() == 0 ? "" : " OR ")
          .append(SolrDocuments.FINGERPRINT)
          .append(':')
          .append(ClientUtils.escapeQueryChars(print))
          .append("^=1");
    }
    SolrQuery query = new SolrQuery(shared.toString());
    query.set("defType", "lucene");
    query.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    query.addFilterQuery(
        "-" + SolrDocuments.ID + ":" + ClientUtils.escapeQueryChars(report.id().value()));
    query.addFilterQuery("{!frange l=" + (needed - 0.5) + "}query($q)");
    query.setFields(SolrDocuments.ID, "score");
    // The key starts with the id, so among current versions its order is the id's order.
    query.addSort("score", SolrQuery.ORDER.desc);
    query.addSort(SolrDocuments.KEY, SolrQuery.ORDER.asc);
    query.setRows(limit);
    List<FingerprintTable.Overlap> found = new ArrayList<>();
    for (SolrDocument doc : search.apply(query).getResults()) {
      int count = Math.round(((Number) doc.getFirstValue("score")).floatValue());
      found.add(
          new FingerprintTable.Overlap(
              (String) doc.getFirstValue(SolrDocuments.ID), count, prints.size()));
    }
    return List.copyOf(found);
  }

  /** Counts each fingerprint's current carriers in one faceted request and keeps the rare ones. */
  private static List<String> withoutStockPhrases(
      Function<SolrQuery, QueryResponse> search, List<String> prints, int maxReportsPerPrint) {
    if (prints.isEmpty()) {
      return prints;
    }
    SolrQuery counts = new SolrQuery("*:*");
    counts.addFilterQuery(SolrDocuments.CURRENT_ONLY);
    counts.setRows(0);
    counts.setFacet(true);
    counts.setFacetMinCount(maxReportsPerPrint + 1);
    counts.setFacetLimit(-1);
    // Fingerprints are hex, so a comma never falls inside one.
    counts.addFacetField("{!terms=" + String.join(",", prints) + "}" + SolrDocuments.FINGERPRINT);
    FacetField stock = search.apply(counts).getFacetField(SolrDocuments.FINGERPRINT);
    List<String> common = new ArrayList<>();
    if (stock != null) {
      stock.getValues().forEach(value -> common.add(value.getName()));
    }
    List<String> kept = new ArrayList<>(prints);
    kept.removeAll(common);
    return kept;
  }
}
