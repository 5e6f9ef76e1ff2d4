package org.parallax.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.Published;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads RSS 2.0 (and 0.9x/1.0) and Atom feeds with Rome, each item an article.
 *
 * <p>The XML is parsed by {@link SecureXml} and handed to Rome as a DOM, so Rome never parses
 * anything itself (its own parser refuses a DOCTYPE, which is allowed here but never loaded).
 * Publication times are read from the item's own text because Rome's {@code java.util.Date} loses
 * the offset the outlet gave.
 */
final class FeedReader implements FormatReader {

  private static final Pattern FEED_SECTION = Pattern.compile("\\s+[-|–—]\\s+|:\\s+");
  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
  private static final Set<String> ROOTS = Set.of("rss", "feed", "RDF");
  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "date", "issued", "updated", "modified");

  @Override
  public String format() {
    return "feed";
  }

  @Override
  public boolean recognises(RawFile file) {
    return SecureXml.rootName(file).filter(ROOTS::contains).isPresent();
  }

  @Override
  public List<Article> read(RawFile file) throws IngestException {
    Document document = SecureXml.parse(file);
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(document);
    } catch (FeedException | IllegalArgumentException e) {
      throw new IngestException(
          file.name(), "not a feed Rome can read: " + Reasons.firstLine(e.getMessage()), e);
    }
    List<Element> itemElements = itemElements(document.getDocumentElement());
    List<Article> articles = new ArrayList<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      Element raw = i < itemElements.size() ? itemElements.get(i) : null;
      article(file, feed, entries.get(i), raw).ifPresent(articles::add);
    }
    if (articles.isEmpty()) {
      throw new IngestException(file.name(), "the feed has no items with text");
    }
    return List.copyOf(articles);
  }

  /** Returns the entry as an article, or nothing when it carries no text. */
  private Optional<Article> article(RawFile file, SyndFeed feed, SyndEntry entry, Element raw) {
    BlockText blocks = new BlockText();
    SyndContent content = fullest(entry);
    if (content != null && content.getValue() != null) {
      if (content.getType() != null && content.getType().equals("text")) {
        blocks.addPlainParagraphs(content.getValue());
      } else {
        HtmlBlocks.collectFragment(content.getValue(), blocks);
      }
    }
    if (!blocks.hasBody()) {
      return Optional.empty();
    }
    ArticleDraft draft = new ArticleDraft();
    draft.title = withoutMarkup(entry.getTitle());
    draft.url = entry.getLink();
    draft.guid = entry.getUri();
    draft.byline = byline(entry);
    draft.outlet = publisher(feed, entry);
    draft.language = feed.getLanguage();
    draft.published = raw == null ? null : published(raw);
    String text = blocks.text();
    List<Block> laid = draft.splitDateline(text, blocks.blocks());
    if (draft.outlet == null && feed.getTitle() != null) {
      // "Sahel Monitor - World" names the outlet and a section; the outlet is the first part
      draft.outlet = FEED_SECTION.split(feed.getTitle().strip(), 2)[0];
    }
    return Optional.of(draft.build(text, laid, file, format()));
  }

  private static String withoutMarkup(String value) {
    return value == null || value.indexOf('<') < 0 ? value : Jsoup.parse(value).text();
  }

  /** Returns the longest of the full contents and the description. */
  private static SyndContent fullest(SyndEntry entry) {
    List<SyndContent> candidates = new ArrayList<>(entry.getContents());
    if (entry.getDescription() != null) {
      candidates.add(entry.getDescription());
    }
    return candidates.stream()
        .filter(c -> c.getValue() != null)
        .max(Comparator.comparingInt(c -> c.getValue().length()))
        .orElse(null);
  }

  private static String byline(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null) {
        names.add(person.getName());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      // RSS 2.0 <author> is an e-mail address, often followed by the name in parentheses
      Matcher email = EMAIL_WITH_NAME.matcher(entry.getAuthor().strip());
      names.add(email.matches() ? email.group(1) : entry.getAuthor());
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String publisher(SyndFeed feed, SyndEntry entry) {
    List<Module> modules = new ArrayList<>(entry.getModules());
    modules.addAll(feed.getModules());
    return modules.stream()
        .filter(DCModule.class::isInstance)
        .map(module -> ((DCModule) module).getPublisher())
        .filter(publisher -> publisher != null && !publisher.isBlank())
        .findFirst()
        .orElse(null);
  }

  /** Returns the item elements in document order, matching Rome's entries one for one. */
  private static List<Element> itemElements(Element root) {
    List<Element> entries = Dom.descendants(root, "entry");
    return entries.isEmpty() ? Dom.descendants(root, "item") : entries;
  }

  private static Published published(Element item) {
    for (String name : DATE_ELEMENTS) {
      Element date = Dom.child(item, name);
      if (date != null) {
        Published parsed = NewsDates.parse(date.getTextContent()).orElse(null);
        if (parsed != null) {
          return parsed;
        }
      }
    }
    return null;
  }
}
