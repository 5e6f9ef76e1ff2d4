package org.parallax.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parallax.annotate.AnchorMethod;
import org.parallax.annotate.Anchorer;
import org.parallax.annotate.Anchoring;
import org.parallax.annotate.AnnotationCsv;
import org.parallax.annotate.AnnotationImport;
import org.parallax.annotate.AnnotationStore;
import org.parallax.annotate.ArticleTexts;
import org.parallax.annotate.Codebook;
import org.parallax.index.AnnotationTerms;
import org.parallax.index.ArticleIndex;
import org.parallax.model.Annotation;
import org.parallax.model.AnnotationNote;
import org.parallax.model.Article;
import org.parallax.model.ArticleId;
import org.parallax.model.NormalizedText;
import org.parallax.model.Sha256;
import org.parallax.model.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The annotations of a workspace: the store in {@code annotations/}, the codebook, the author from
 * the settings, and the search terms they give their articles.
 *
 * <p>Every change is saved at once and re-indexes the annotated article, so {@code tag:}, {@code
 * note:} and {@code annotator:} searches see it immediately.
 */
public final class WorkspaceAnnotations {

  /** The folder inside the workspace that holds the annotations and the codebook. */
  public static final String FOLDER = "annotations";

  /** Holds the SHA-256 of the annotations file as last indexed; another means searches lag. */
  private static final String INDEXED_MARKER = "indexed.marker";

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceAnnotations.class);

  private final AnnotationStore store;
  private final Codebook codebook;
  private final WorkspaceSettings settings;
  private final ArticleTexts texts;
  private final ArticleIndex index;
  private final Clock clock;
  private final Anchorer anchorer = new Anchorer();
  private final Path markerFile;
  private final Path annotationsFile;
  private WorkspaceCorrections corrections;

  private WorkspaceAnnotations(
      AnnotationStore store,
      Codebook codebook,
      WorkspaceSettings settings,
      ArticleTexts texts,
      ArticleIndex index,
      Clock clock,
      Path folder) {
    this.store = store;
    this.codebook = codebook;
    this.settings = settings;
    this.texts = texts;
    this.index = index;
    this.clock = clock;
    this.markerFile = folder.resolve(INDEXED_MARKER);
    this.annotationsFile = folder.resolve(AnnotationStore.FILE_NAME);
  }

  static WorkspaceAnnotations open(Path workspace, ArticleIndex index, Clock clock)
      throws IOException {
    WorkspaceAnnotations annotations = load(workspace, index, clock);
    annotations.reindexIfStale();
    return annotations;
  }

  /**
   * Reads the annotations without bringing the index up to date, for a process that reads the
   * workspace beside another one that writes it (and does that).
   */
  static WorkspaceAnnotations openForReading(Path workspace, ArticleIndex index, Clock clock)
      throws IOException {
    return load(workspace, index, clock);
  }

  private static WorkspaceAnnotations load(Path workspace, ArticleIndex index, Clock clock)
      throws IOException {
    Path folder = workspace.resolve(FOLDER);
    ArticleTexts texts = new IndexArticleTexts(index);
    AnnotationStore store = AnnotationStore.open(folder, texts, clock);
    store.problems().forEach(problem -> LOG.warn("annotations: {}", problem));
    WorkspaceAnnotations annotations =
        new WorkspaceAnnotations(
            store,
            Codebook.open(folder),
            WorkspaceSettings.load(workspace),
            texts,
            index,
            clock,
            folder);
    annotations.corrections = WorkspaceCorrections.open(folder, texts, annotations.settings, clock);
    return annotations;
  }

  /**
   * Re-indexes every annotated article when the annotations file is not the one last indexed (a
   * crash between saving and indexing, or a file copied in), so searches match the file.
   */
  private void reindexIfStale() throws IOException {
    if (!Files.exists(annotationsFile)) {
      return;
    }
    String indexed = Files.exists(markerFile) ? Files.readString(markerFile).strip() : "";
    if (indexed.equals(digestOf(annotationsFile))) {
      return;
    }
    Set<ArticleId> articles = new LinkedHashSet<>();
    store.all().forEach(annotation -> articles.add(annotation.article()));
    LOG.info("re-indexing the annotations of {} article(s)", articles.size());
    reindex(articles);
  }

  private static String digestOf(Path file) throws IOException {
    return Sha256.of(Files.readAllBytes(file));
  }

  /** Returns the annotation store (read it freely; change it through this class to re-index). */
  public AnnotationStore store() {
    return store;
  }

  /** Returns the analysts' corrections of comparisons, stored beside the annotations. */
  public WorkspaceCorrections corrections() {
    return corrections;
  }

  /** Returns the codebook of tags. */
  public Codebook codebook() {
    return codebook;
  }

  /** Returns the workspace settings, which name the author of new annotations. */
  public WorkspaceSettings settings() {
    return settings;
  }

  /** Returns the articles annotations point into. */
  public ArticleTexts texts() {
    return texts;
  }

  /** Returns every annotation, in the order they were first saved. */
  public List<Annotation> all() {
    return store.all();
  }

  /** Returns the annotations on one article. */
  public List<Annotation> forArticle(ArticleId article) {
    return store.forArticle(article);
  }

  /** Returns the annotations whose passage could not be found again. */
  public List<Annotation> orphans() {
    return store.orphans();
  }

  /**
   * Returns the annotations anchored in this version of an article, as the evidence report lists
   * them (annotations made on another version or orphaned are left out: their spans do not point
   * into this text).
   */
  public List<AnnotationNote> notesOn(Article article) {
    return forArticle(article.id()).stream()
        .filter(a -> !a.isOrphan() && article.contentHash().equals(a.contentHash()))
        .map(
            a ->
                new AnnotationNote(
                    a.article(), a.span(), a.exact(), a.tags(), a.note(), a.author(), a.created()))
        .toList();
  }

  /**
   * Annotates a passage of an article's current version, signed by the settings' author, and saves
   * it at once.
   *
   * @param article the article's current version (the span points into its text)
   * @param span the passage, in chars of the article's text
   * @param tags codebook tags
   * @param note free text, may be empty
   * @throws IOException when it cannot be saved; nothing is then changed
   */
  public Annotation annotate(Article article, Span span, List<String> tags, String note)
      throws IOException {
    if (span.length() == 0 || span.end() > article.text().length()) {
      throw new IllegalArgumentException("select some words of the article to annotate");
    }
    Annotation annotation =
        anchorer.annotate(article, span, tags, note, settings.author(), clock.instant());
    save(annotation);
    return annotation;
  }

  /**
   * Annotates the first occurrence of some words in an article's current version.
   *
   * @param id the article
   * @param quote the exact words (typographic quotes, dashes and spaces may differ)
   * @param tags codebook tags
   * @param note free text, may be empty
   * @throws IllegalArgumentException when the article is unknown or does not contain the words
   * @throws IOException when it cannot be saved
   */
  public Annotation annotateQuote(ArticleId id, String quote, List<String> tags, String note)
      throws IOException {
    Article article =
        texts
            .current(id)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no article " + id.value() + " in this workspace"));
    String words = NormalizedText.of(quote.strip());
    int at = words.isEmpty() ? -1 : NormalizedText.of(article.text()).indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException(
          "article " + id.value() + " does not contain the words \"" + quote.strip() + "\"");
    }
    return annotate(article, new Span(at, at + words.length()), tags, note);
  }

  /**
   * Adds or replaces an annotation (same id), saves at once and re-indexes its article.
   *
   * @throws IOException when it cannot be saved; the previous file is then intact
   */
  public void save(Annotation annotation) throws IOException {
    store.save(annotation);
    reindex(Set.of(annotation.article()));
  }

  /**
   * Deletes an annotation, saves at once and re-indexes its article.
   *
   * @throws IOException when it cannot be saved; the previous file is then intact
   */
  public void delete(String annotationId) throws IOException {
    Set<ArticleId> articles = new LinkedHashSet<>();
    store.all().stream()
        .filter(annotation -> annotation.id().equals(annotationId))
        .forEach(annotation -> articles.add(annotation.article()));
    store.delete(annotationId);
    reindex(articles);
  }

  /**
   * Imports W3C JSON-LD annotations (one, an array, a page or a collection) and anchors them in the
   * current versions; an annotation whose id is stored is updated, not duplicated.
   *
   * @throws IOException when the store cannot be written
   */
  public AnnotationImport importJsonLd(String json) throws IOException {
    AnnotationImport result = store.importJsonLd(json, texts);
    AnnotationImport fixes = corrections.importJsonLd(json);
    result =
        new AnnotationImport(
            result.added() + fixes.added(),
            result.updated() + fixes.updated(),
            result.orphans(),
            Stream.concat(result.problems().stream(), fixes.problems().stream()).toList());
    Set<ArticleId> articles = new LinkedHashSet<>();
    store.all().forEach(annotation -> articles.add(annotation.article()));
    reindex(articles);
    return result;
  }

  /**
   * Returns every annotation as W3C JSON-LD.
   *
   * @param plainArray true for a plain array, false for an AnnotationCollection with one page
   */
  public String exportJsonLd(boolean plainArray) {
    return store.exportJsonLd(plainArray, corrections.store().toJson());
  }

  /** Returns every annotation as CSV, one row per annotation (corrections: see theirs). */
  public String exportCsv() {
    return AnnotationCsv.write(store.all(), texts);
  }

  /**
   * Finds the passages of annotations again in articles that just got a new version; those that
   * cannot be found stay as orphans with their quote and are returned.
   *
   * @param stored articles an ingest stored (first versions are skipped)
   */
  List<Annotation> reanchor(List<Article> stored) {
    List<Annotation> orphaned = new ArrayList<>();
    Set<ArticleId> changed = new LinkedHashSet<>();
    for (Article article : stored) {
      // A first version has annotations only when it was deleted and is ingested again: they
      // were kept as orphans and anchor again in it.
      if (store.forArticle(article.id()).isEmpty()) {
        continue;
      }
      try {
        for (Anchoring anchoring : store.reanchor(article)) {
          changed.add(article.id());
          if (anchoring.method() == AnchorMethod.ORPHAN) {
            orphaned.add(anchoring.annotation());
            LOG.warn(
                "annotation {} on {} lost its passage in version {}; kept as an orphan: \"{}\"",
                anchoring.annotation().id(),
                article.id().value(),
                article.version(),
                anchoring.annotation().exact());
          }
        }
      } catch (IOException e) {
        LOG.error(
            "could not save the re-anchored annotations of {}; the previous file is intact",
            article.id().value(),
            e);
      }
    }
    reindex(changed);
    corrections
        .reanchor(stored)
        .forEach(
            correction ->
                LOG.warn(
                    "correction {} could not find its sentences in the new version; kept as an"
                        + " orphan",
                    correction.id()));
    return orphaned;
  }

  /** Makes an article's annotations searchable again, after it was restored to the index. */
  void reindexArticle(ArticleId article) {
    reindex(Set.of(article));
  }

  private void reindex(Set<ArticleId> articles) {
    if (articles.isEmpty()) {
      return;
    }
    Map<ArticleId, AnnotationTerms> terms = new LinkedHashMap<>();
    for (ArticleId id : articles) {
      List<String> tags = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      List<String> authors = new ArrayList<>();
      for (Annotation annotation : store.forArticle(id)) {
        tags.addAll(annotation.tags());
        if (!annotation.note().isBlank()) {
          notes.add(annotation.note());
        }
        if (annotation.author() != null && !annotation.author().isBlank()) {
          authors.add(annotation.author());
        }
      }
      terms.put(id, new AnnotationTerms(tags, notes, authors));
    }
    index.setAnnotationTerms(terms);
    try {
      if (Files.exists(annotationsFile)) {
        Files.writeString(markerFile, digestOf(annotationsFile));
      }
    } catch (IOException e) {
      LOG.warn("could not record that annotations were indexed; they are re-indexed on open", e);
    }
  }
}
