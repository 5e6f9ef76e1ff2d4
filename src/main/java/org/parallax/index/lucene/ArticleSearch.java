package org.parallax.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.FixedBitSet;
import org.parallax.index.PublishedRange;
import org.parallax.index.QuerySyntaxException;
import org.parallax.ingest.ArticleJson;
import org.parallax.model.ArticleId;
import org.parallax.model.FacetCount;
import org.parallax.model.LibraryOrder;
import org.parallax.model.Published;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchResults;

/** Runs a search with facet counts, drill-down, sorting and highlighted snippets. */
final class ArticleSearch {

  private static final int SNIPPET_PASSAGES = 2;
  private static final int PLAIN_SNIPPET_CHARS = 240;
  private static final int OUTLET_FACET_VALUES = 50;

  /** Length of a day as the date facet spells it, {@code yyyy-MM-dd}. */
  private static final int DAY_CHARS = 10;

  private final LibraryRows rows = new LibraryRows();
  private volatile LibraryOrders orders;

  private final FacetsConfig facetsConfig;
  private volatile FacetState facetState;

  ArticleSearch(FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
  }

  /**
   * What to search for, in the index's own terms: the query, the facet values chosen, and how many
   * at most; the order is the caller's (hits by relevance or date, or a library order).
   */
  record Request(String query, List<String> outlets, List<String> dates, int limit) {}

  /** Returns the hits of a search with snippets, by relevance or, when asked, newest first. */
  SearchResults run(IndexSearcher searcher, Request request, boolean sortByDate)
      throws IOException {
    Query parsed = parse(request.query());
    DrillDownQuery drillDown = drillDown(parsed, request);
    int limit = Math.max(1, request.limit());
    FacetsCollectorManager.FacetsResult result =
        sortByDate
            ? FacetsCollectorManager.search(
                searcher, drillDown, limit, byDate(), true, new FacetsCollectorManager())
            : FacetsCollectorManager.search(
                searcher, drillDown, limit, new FacetsCollectorManager());
    TopDocs top = result.topDocs();
    List<SearchHit> hits = hits(searcher, parsed, top);
    return new SearchResults(
        top.totalHits.value, hits, facets(searcher.getIndexReader(), result.facetsCollector()));
  }

  /**
   * Returns every match of a search (up to its limit) as library rows, in the order asked, with
   * facet counts; no snippets, so a listing of 100,000 costs no more than the rows it orders.
   */
  SearchResults browse(IndexSearcher searcher, Request request, LibraryOrder order)
      throws IOException {
    Query parsed = parse(request.query());
    DrillDownQuery drillDown = drillDown(parsed, request);
    IndexReader reader = searcher.getIndexReader();
    int limit = Math.max(1, Math.min(request.limit(), reader.maxDoc()));
    boolean scored = order.column() == LibraryOrder.Column.RELEVANCE && !isBlank(request.query());
    if (scored) {
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(searcher, drillDown, limit, new FacetsCollectorManager());
      TopDocs top = result.topDocs();
      return new SearchResults(
          top.totalHits.value, scoredRows(reader, top), facets(reader, result.facetsCollector()));
    }
    FacetsCollector collected = searcher.search(drillDown, new FacetsCollectorManager());
    FixedBitSet matches = new FixedBitSet(Math.max(1, reader.maxDoc()));
    long total = 0;
    for (FacetsCollector.MatchingDocs segment : collected.getMatchingDocs()) {
      total += segment.totalHits;
      DocIdSetIterator docs = segment.bits.iterator();
      if (docs == null) {
        continue;
      }
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        matches.set(segment.context.docBase + doc);
      }
    }
    List<SearchHit> hits;
    if (order.column() == LibraryOrder.Column.RELEVANCE) {
      // Every article scores alike for a blank query: the index's order is the relevance order.
      hits = new ArrayList<>();
      for (int doc = matches.nextSetBit(0);
          doc != DocIdSetIterator.NO_MORE_DOCS && hits.size() < limit;
          doc =
              doc + 1 < matches.length()
                  ? matches.nextSetBit(doc + 1)
                  : DocIdSetIterator.NO_MORE_DOCS) {
        hits.add(rows.row(reader, doc));
      }
    } else {
      hits = orders(reader).ordered(order.column(), order.descending(), matches, limit);
    }
    return new SearchResults(total, hits, facets(reader, collected));
  }

  /**
   * Returns the extract of a story's current version where a query matches, matched words in {@code
   * <b>}; empty when the query matches nothing in its body. The library table shows it for the
   * selected row: highlighting every match of a 100,000-row listing would cost seconds.
   */
  String snippet(IndexSearcher searcher, String query, String id) throws IOException {
    Query parsed = parse(query);
    Query one =
        new BooleanQuery.Builder()
            .add(parsed, BooleanClause.Occur.MUST)
            .add(
                LuceneArticleIndex.currentOnly(new TermQuery(new Term(IndexSchema.ID, id))),
                BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(one, 1);
    if (top.scoreDocs.length == 0) {
      return "";
    }
    String[] snippets =
        highlighter(searcher).highlight(IndexSchema.BODY, parsed, top, SNIPPET_PASSAGES);
    return snippets[0] == null ? "" : snippets[0].strip();
  }

  private LibraryOrders orders(IndexReader reader) {
    LibraryOrders known = orders;
    if (known == null || !known.isFor(reader)) {
      known = new LibraryOrders(reader, rows);
      orders = known;
    }
    return known;
  }

  private List<SearchHit> scoredRows(IndexReader reader, TopDocs top) throws IOException {
    float maxScore = 0;
    for (ScoreDoc doc : top.scoreDocs) {
      maxScore = Math.max(maxScore, doc.score);
    }
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc doc : top.scoreDocs) {
      SearchHit row = rows.row(reader, doc.doc);
      double score = maxScore > 0 && !Float.isNaN(doc.score) ? doc.score / maxScore : 0;
      hits.add(
          new SearchHit(
              row.id(),
              row.outlet(),
              row.title(),
              row.published(),
              Math.min(1, score),
              row.snippet(),
              row.fileName(),
              row.details()));
    }
    return hits;
  }

  private static boolean isBlank(String query) {
    return query == null || query.isBlank();
  }

  /**
   * Returns the query narrowed to current versions and the checked facet values. A date is a day
   * ({@code 2026-03-09}), a month ({@code 2026-03}) or a year ({@code 2026}): the facet holds days,
   * so a month or a year matches every day that starts with it.
   */
  private DrillDownQuery drillDown(Query parsed, Request request) {
    DrillDownQuery drillDown =
        new DrillDownQuery(facetsConfig, LuceneArticleIndex.currentOnly(parsed));
    request.outlets().forEach(outlet -> drillDown.add(IndexSchema.OUTLET_FACET, outlet));
    BooleanQuery.Builder dates = new BooleanQuery.Builder();
    for (String date : request.dates()) {
      if (date.length() == DAY_CHARS) {
        dates.add(
            new TermQuery(
                DrillDownQuery.term(
                    FacetsConfig.DEFAULT_INDEX_FIELD_NAME, IndexSchema.DATE_FACET, date)),
            BooleanClause.Occur.SHOULD);
      } else {
        dates.add(
            new PrefixQuery(
                DrillDownQuery.term(
                    FacetsConfig.DEFAULT_INDEX_FIELD_NAME, IndexSchema.DATE_FACET, date + "-")),
            BooleanClause.Occur.SHOULD);
      }
    }
    if (!request.dates().isEmpty()) {
      drillDown.add(IndexSchema.DATE_FACET, new ConstantScoreQuery(dates.build()));
    }
    return drillDown;
  }

  static Query parse(String query) {
    if (query == null || query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    Map<String, Float> fields = IndexSchema.searchFields();
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            fields.keySet().toArray(String[]::new), IndexSchema.analyzer(), fields) {
          @Override
          protected Query getRangeQuery(
              String field, String from, String to, boolean fromIncluded, boolean toIncluded)
              throws ParseException {
            // The date is indexed as a number: a range of words would silently match nothing.
            if (IndexSchema.PUBLISHED.equals(field)) {
              return LongField.newRangeQuery(
                  field,
                  PublishedRange.from(from, fromIncluded),
                  PublishedRange.to(to, toIncluded));
            }
            return super.getRangeQuery(field, from, to, fromIncluded, toIncluded);
          }
        };
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return matchingAllButExcluded(parser.parse(query));
    } catch (QuerySyntaxException e) {
      throw e;
    } catch (ParseException | IllegalArgumentException e) {
      throw new QuerySyntaxException(
          "cannot understand the query \""
              + query
              + "\": "
              + firstLine(e.getMessage())
              + ". Quote phrases with \"...\", close brackets, and escape special characters"
              + " such as : ( ) [ ] with a backslash.");
    }
  }

  /**
   * Returns a query of exclusions only ({@code NOT outlet:Reuters}) as "everything but these", as a
   * person means it and as the shared archive answers it; Lucene alone would match nothing.
   */
  private static Query matchingAllButExcluded(Query parsed) {
    if (!(parsed instanceof BooleanQuery bool)
        || bool.clauses().isEmpty()
        || !bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      return parsed;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    bool.clauses().forEach(all::add);
    return all.build();
  }

  private static Sort byDate() {
    SortField published =
        new SortedNumericSortField(IndexSchema.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    return new Sort(published, SortField.FIELD_SCORE);
  }

  private static List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top)
      throws IOException {
    String[] snippets =
        highlighter(searcher).highlight(IndexSchema.BODY, query, top, SNIPPET_PASSAGES);
    float maxScore = 0;
    for (ScoreDoc doc : top.scoreDocs) {
      maxScore = Math.max(maxScore, doc.score);
    }
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = top.scoreDocs[i];
      double score = maxScore > 0 && !Float.isNaN(scoreDoc.score) ? scoreDoc.score / maxScore : 0;
      hits.add(hit(stored, scoreDoc.doc, score, snippets[i]));
    }
    return hits;
  }

  /**
   * Returns the hit for one document; {@code snippet} is the highlighted extract or null, in which
   * case the opening of the body serves as a plain one.
   */
  static SearchHit hit(StoredFields stored, int doc, double score, String snippet)
      throws IOException {
    Document fields =
        stored.document(
            doc,
            Set.of(
                IndexSchema.TITLE,
                IndexSchema.SOURCE_NAME,
                IndexSchema.OUTLET,
                IndexSchema.PUBLISHED_ISO,
                IndexSchema.LEAD,
                IndexSchema.ROW,
                IndexSchema.ID));
    String iso = fields.get(IndexSchema.PUBLISHED_ISO);
    return new SearchHit(
        new ArticleId(fields.get(IndexSchema.ID)),
        fields.get(IndexSchema.OUTLET),
        fields.get(IndexSchema.TITLE),
        iso == null ? null : Published.parseIso(iso),
        Math.min(1, Math.max(0, score)),
        snippet != null ? snippet.strip() : plainSnippet(fields.get(IndexSchema.LEAD)),
        fields.get(IndexSchema.SOURCE_NAME),
        details(stored, doc, fields));
  }

  /** Returns the table columns of a hit; a version stored before rows existed is parsed whole. */
  private static SearchHit.Details details(StoredFields stored, int doc, Document fields)
      throws IOException {
    SearchHit.Details details = LibraryRows.storedDetails(fields);
    if (details != null) {
      return details;
    }
    Document article = stored.document(doc, Set.of(IndexSchema.ARTICLE));
    return SearchHit.Details.of(
        ArticleJson.fromStored(article.getBinaryValue(IndexSchema.ARTICLE).bytes));
  }

  static UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
        .withMaxNoHighlightPassages(0)
        .withFieldMatcher(field -> true)
        .build();
  }

  private static String plainSnippet(String body) {
    if (body == null) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ").strip();
    if (flat.length() <= PLAIN_SNIPPET_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', PLAIN_SNIPPET_CHARS);
    return flat.substring(0, cut > 0 ? cut : PLAIN_SNIPPET_CHARS) + " …";
  }

  private Map<String, List<FacetCount>> facets(IndexReader reader, FacetsCollector collected)
      throws IOException {
    SortedSetDocValuesReaderState state = facetState(reader);
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (state == null) {
      facets.put(IndexSchema.OUTLET_FACET, List.of());
      facets.put(IndexSchema.DATE_FACET, List.of());
      facets.put(IndexSchema.ANNOTATION_FACET, List.of());
      return facets;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, collected);
    facets.put(
        IndexSchema.OUTLET_FACET,
        counts(counts, IndexSchema.OUTLET_FACET, OUTLET_FACET_VALUES, false));
    facets.put(IndexSchema.DATE_FACET, counts(counts, IndexSchema.DATE_FACET, 0, true));
    facets.put(
        IndexSchema.ANNOTATION_FACET,
        counts(counts, IndexSchema.ANNOTATION_FACET, OUTLET_FACET_VALUES, false));
    return facets;
  }

  private static List<FacetCount> counts(Facets facets, String dim, int top, boolean byValue)
      throws IOException {
    FacetResult result;
    try {
      result = top > 0 ? facets.getTopChildren(top, dim) : facets.getAllChildren(dim);
    } catch (IllegalArgumentException noValuesIndexed) {
      return List.of();
    }
    if (result == null) {
      return List.of();
    }
    List<FacetCount> counts = new ArrayList<>();
    for (LabelAndValue value : result.labelValues) {
      counts.add(new FacetCount(value.label, value.value.longValue()));
    }
    if (byValue) {
      counts.sort(Comparator.comparing(FacetCount::value).reversed());
    }
    return List.copyOf(counts);
  }

  /** Returns the facet ordinals of this reader, built once per reader; null when none indexed. */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached = facetState;
    if (cached != null && cached.reader() == reader) {
      return cached.state();
    }
    SortedSetDocValuesReaderState state = null;
    if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
        != null) {
      state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    }
    facetState = new FacetState(reader, state);
    return state;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid syntax";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}
}
