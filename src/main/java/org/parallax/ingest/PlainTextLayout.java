package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Block;
import org.parallax.model.BlockKind;
import org.parallax.model.Published;
import org.parallax.model.Span;

/**
 * Finds the structure of plain news text without changing a char of it: header lines (title, byline
 * with date, {@code date} prefix), photo captions run into the text, sub-headings, body paragraphs,
 * the dateline and a trailing agency sign-off.
 *
 * <p>Header lines and sign-offs stay in the text but outside every block; the metadata they carry
 * goes into the {@link ArticleDraft}.
 */
final class PlainTextLayout {

  private static final int HEADER_LINES = 5;
  private static final int WRAPPED_LINE_LIMIT = 100;
  private static final int SIGN_OFF_TAIL = 40;
  private static final Pattern BYLINE =
      Pattern.compile(
          "^by[:\\s]\\s*(?<name>[^|\\n]{2,80}?)\\s*(?:\\|\\s*(?<date>.+))?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_PREFIX =
      Pattern.compile("^date:?\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?<label>published|posted|updated|date)\\s*:?\\s*)?(?<date>.{6,60})$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_START =
      Pattern.compile(
          "^(?:FILE PHOTO|File [Pp]hoto|PHOTO|Photo|IMAGE|Image|Pictured|Caption)\\s*:\\s*");
  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*";
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\b(?<agency>"
              + Wires.CREDIT_PATTERN
              + ")/(?:(?:[^/\\n]{1,40}?/)?(?:File Photo|Pool Photo|Pool|File|Handout)\\b|"
              + NAME
              + "(?: "
              + NAME
              + "){0,2})");
  private static final Pattern SIGN_OFF =
      Pattern.compile("[.!?\"”’)\\]](\\s+)\\(?(?<agency>" + Wires.SIGNATURE_PATTERN + ")\\)?\\s*$");
  private static final Pattern SIGNATURE_LINE =
      Pattern.compile(
          "^(?:\\(?(?<agency>"
              + Wires.SIGNATURE_PATTERN
              + ")\\)?|\\((?:Reporting|Writing|Editing|Additional reporting|Compiled) by .*\\))$");
  private static final Pattern TERMINAL = Pattern.compile("[.!?:;,\"”’]$");

  private final String text;
  private final ArticleDraft draft;
  private final List<Block> blocks = new ArrayList<>();
  private boolean sawMetadata;
  private String signOffOutlet;
  private String creditOutlet;

  private PlainTextLayout(String text, ArticleDraft draft) {
    this.text = text;
    this.draft = draft;
  }

  /** Lays out the text, filling the draft's metadata; returns the blocks in reading order. */
  static List<Block> lay(String text, ArticleDraft draft) {
    return new PlainTextLayout(text, draft).lay();
  }

  private List<Block> lay() {
    List<Span> lines = lines();
    int next = 0;
    Span carried = null;
    for (int seen = 0; next < lines.size() && seen < HEADER_LINES; next++) {
      Span line = lines.get(next);
      if (line.length() == 0) {
        continue;
      }
      seen++;
      String value = line.of(text);
      Matcher byline = BYLINE.matcher(value);
      Matcher datePrefix = DATE_PREFIX.matcher(value);
      if (byline.matches() && isName(byline.group("name"))) {
        draft.byline = byline.group("name");
        if (byline.group("date") != null) {
          draft.published = NewsDates.parse(byline.group("date")).orElse(draft.published);
        }
        sawMetadata = true;
      } else if (datePrefix.lookingAt()) {
        draft.published = NewsDates.parse(datePrefix.group(1)).orElse(draft.published);
        sawMetadata = true;
        Span rest = trim(new Span(line.start() + datePrefix.end(), line.end()));
        if (rest.length() > 0) {
          carried = rest;
          next++;
          break;
        }
      } else if (isDateLine(value)) {
        sawMetadata = true;
      } else if (seen == 1 && isTitle(value) && blankAfter(lines, next)) {
        draft.title = value;
      } else {
        break;
      }
    }
    List<Span> segments = new ArrayList<>();
    if (carried != null) {
      segments.add(carried);
    }
    segments.addAll(paragraphs(lines.subList(next, lines.size())));
    for (int i = 0; i < segments.size(); i++) {
      classify(segments, i);
    }
    endBeforeSignOff();
    List<Block> laid = draft.splitDateline(text, blocks);
    if (draft.outlet == null) {
      draft.outlet = signOffOutlet != null ? signOffOutlet : creditOutlet;
    }
    return laid;
  }

  private void classify(List<Span> segments, int index) {
    Span segment = segments.get(index);
    String value = segment.of(text);
    Matcher captionStart = CAPTION_START.matcher(value);
    Matcher credit = CREDIT.matcher(value);
    boolean hasCredit = value.indexOf('/') >= 0 && credit.find();
    if (hasCredit) {
      creditOutlet = creditOutlet != null ? creditOutlet : Wires.outletName(credit.group("agency"));
    }
    if (captionStart.lookingAt()
        || (hasCredit && credit.end() == value.length() && value.length() < 400)) {
      int end = hasCredit ? credit.end() : value.length();
      blocks.add(new Block(BlockKind.CAPTION, new Span(segment.start(), segment.start() + end)));
      Span rest = trim(new Span(segment.start() + end, segment.end()));
      if (rest.length() > 0) {
        segments.set(index, rest);
        classifyText(segments, index);
      }
      return;
    }
    if (index == 0 && sawMetadata && isShortCaption(value) && leadsIntoReport(segments, index)) {
      blocks.add(new Block(BlockKind.CAPTION, segment));
      return;
    }
    classifyText(segments, index);
  }

  private void classifyText(List<Span> segments, int index) {
    Span segment = segments.get(index);
    String value = segment.of(text);
    Matcher signature = SIGNATURE_LINE.matcher(value);
    if (signature.matches()) {
      if (signature.group("agency") != null) {
        signOffOutlet = Wires.outletName(signature.group("agency"));
      }
    } else if (isHeading(value)) {
      blocks.add(new Block(BlockKind.HEADING, segment));
    } else {
      blocks.add(new Block(BlockKind.BODY, segment));
    }
  }

  /** Ends the last body block before a trailing agency sign-off such as {@code REUTERS}. */
  private void endBeforeSignOff() {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      Block block = blocks.get(i);
      if (block.kind() != BlockKind.BODY) {
        continue;
      }
      // a sign-off is a short word at the very end: look only at the paragraph's tail
      int tailStart = Math.max(block.span().start(), block.span().end() - SIGN_OFF_TAIL);
      Matcher signOff = SIGN_OFF.matcher(text.substring(tailStart, block.span().end()));
      if (signOff.find()) {
        signOffOutlet = Wires.outletName(signOff.group("agency"));
        int end = tailStart + signOff.start(1);
        blocks.set(i, new Block(BlockKind.BODY, new Span(block.span().start(), end)));
      }
      return;
    }
  }

  private boolean isDateLine(String value) {
    Matcher line = DATE_LINE.matcher(value);
    if (!line.matches() || value.split("\\s+").length > 9) {
      return false;
    }
    Optional<Published> date = NewsDates.parse(line.group("date"));
    String label = line.group("label");
    boolean update = label != null && label.toLowerCase(Locale.ROOT).equals("updated");
    if (date.isPresent() && (draft.published == null && !update)) {
      draft.published = date.get();
    }
    return date.isPresent();
  }

  /** Returns true for a byline's names, not a sentence that happens to begin with "By". */
  private static boolean isName(String value) {
    return value.split("\\s+").length <= 10 && !value.matches(".*[.!?]$");
  }

  private static boolean isTitle(String value) {
    String[] words = value.split("\\s+");
    if (words.length < 2 || words.length > 16 || value.length() > 150) {
      return false;
    }
    if (TERMINAL.matcher(value).find() || value.contains(". ") || CREDIT.matcher(value).find()) {
      return false;
    }
    int longWords = 0;
    int capitalised = 0;
    for (String word : words) {
      if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
        longWords++;
        capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      }
    }
    return longWords > 0 && capitalised * 4 >= longWords * 3;
  }

  private static boolean isHeading(String value) {
    if (value.length() > 100) {
      return false;
    }
    String[] words = value.split("\\s+");
    return words.length >= 2
        && words.length <= 14
        && value.indexOf('\n') < 0
        && value.chars().filter(Character::isLetter).count() >= 4
        && value.chars().noneMatch(Character::isLowerCase);
  }

  private static boolean isShortCaption(String value) {
    return value.length() <= 120
        && value.split("\\s+").length <= 15
        && value.indexOf('\n') < 0
        && !TERMINAL.matcher(value).find()
        && !isHeading(value);
  }

  private boolean leadsIntoReport(List<Span> segments, int index) {
    if (index + 1 >= segments.size()) {
      return false;
    }
    String next = segments.get(index + 1).of(text);
    return Dateline.at(next).isPresent() || next.length() > 200;
  }

  private boolean blankAfter(List<Span> lines, int index) {
    return index + 1 < lines.size() && lines.get(index + 1).length() == 0;
  }

  /** Returns every line, trimmed of surrounding white space (blank lines become empty spans). */
  private List<Span> lines() {
    List<Span> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      lines.add(trim(new Span(start, end)));
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    return lines;
  }

  /**
   * Groups lines into paragraphs: in hard-wrapped text (short lines in runs) a run of lines between
   * blank lines is one paragraph; otherwise every line is one.
   */
  private List<Span> paragraphs(List<Span> lines) {
    boolean multiLineRun = false;
    int longest = 0;
    for (int i = 0; i < lines.size(); i++) {
      longest = Math.max(longest, lines.get(i).length());
      if (i > 0 && lines.get(i).length() > 0 && lines.get(i - 1).length() > 0) {
        multiLineRun = true;
      }
    }
    boolean wrapped = multiLineRun && longest <= WRAPPED_LINE_LIMIT;
    List<Span> paragraphs = new ArrayList<>();
    Span open = null;
    for (Span line : lines) {
      if (line.length() == 0) {
        open = close(paragraphs, open);
      } else if (!wrapped) {
        paragraphs.add(line);
      } else {
        open = open == null ? line : new Span(open.start(), line.end());
      }
    }
    close(paragraphs, open);
    return paragraphs;
  }

  private static Span close(List<Span> paragraphs, Span open) {
    if (open != null) {
      paragraphs.add(open);
    }
    return null;
  }

  /** Narrows a span to exclude white space (including non-breaking spaces) at either end. */
  private Span trim(Span span) {
    int start = span.start();
    int end = span.end();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }
}
