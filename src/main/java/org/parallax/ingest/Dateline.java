package org.parallax.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a report, such as {@code DAKAR, March 9 -} or {@code Bamako (Diplomat.so)
 * -}.
 *
 * @param place the place as written, such as {@code DAKAR}
 * @param outlet the outlet named in parentheses, or null
 * @param length chars from the paragraph's start to the first word of the report proper
 */
record Dateline(String place, String outlet, int length) {

  private static final String WORD = "\\p{Lu}[\\p{L}.'’/-]*";
  private static final Pattern OPENING =
      Pattern.compile(
          "^(?<place>"
              + WORD
              + "(?: "
              + WORD
              + "){0,3})"
              + "(?:,\\s*(?<region>"
              + WORD
              + "(?: "
              + WORD
              + ")?))?"
              + "(?:,\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
              + "|\\d{1,2}\\s+\\p{L}{3,}\\.?))?"
              + "\\s*(?:\\((?<outlet>[^()\\n]{2,40})\\))?"
              + "\\s*(?:-{1,2}|–|—)\\s+");

  /** Finds the dateline at the start of a paragraph, if it has one. */
  static Optional<Dateline> at(String paragraph) {
    Matcher m = OPENING.matcher(paragraph);
    if (!m.lookingAt() || m.end() > 90) {
      return Optional.empty();
    }
    String place = m.group("place");
    boolean allCaps = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() > 1;
    if (!allCaps && m.group("outlet") == null && m.group("date") == null) {
      return Optional.empty();
    }
    String outlet = m.group("outlet") == null ? null : Wires.outletName(m.group("outlet"));
    return Optional.of(new Dateline(place, outlet, m.end()));
  }
}
