package org.parallax.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parallax.model.ArticleId;
import org.parallax.model.Published;
import org.parallax.model.Sha256;

/**
 * Derives the stable id of a story, the same for every version of it.
 *
 * <p>In order of preference: the normalised URL; the agency GUID; outlet + title + first
 * publication date; outlet + publication date + the first twenty words of the body. The key is
 * hashed to 16 hex chars, short and safe in file names.
 */
final class ArticleIds {

  private static final int WORDS_OF_BODY = 20;
  private static final Pattern TRACKING =
      Pattern.compile("(?i)utm_.*|fbclid|gclid|ocid|cmpid|mc_cid|mc_eid|ref|src|taid|smid");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private ArticleIds() {}

  static ArticleId of(
      String url, String guid, String outlet, String title, Published published, String body) {
    String key;
    if (url != null) {
      key = "url:" + normaliseUrl(url);
    } else if (guid != null) {
      key = "guid:" + guid.strip();
    } else if (title != null) {
      key = "title:" + words(outlet) + "|" + words(title) + "|" + date(published);
    } else {
      key = "body:" + words(outlet) + "|" + date(published) + "|" + firstWords(body);
    }
    return new ArticleId(Sha256.of(key).substring(0, 16));
  }

  /**
   * Returns the URL in a canonical form: scheme dropped (http and https are the same story), host
   * lower-cased without {@code www.}, default port, fragment, tracking parameters and trailing
   * slash removed, remaining parameters sorted.
   */
  static String normaliseUrl(String url) {
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.getHost() == null) {
        return trimmed;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      String port =
          uri.getPort() == -1 || uri.getPort() == 80 || uri.getPort() == 443
              ? ""
              : ":" + uri.getPort();
      String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
      String query =
          uri.getRawQuery() == null
              ? ""
              : Arrays.stream(uri.getRawQuery().split("&"))
                  .filter(p -> !p.isEmpty() && !TRACKING.matcher(p.split("=", 2)[0]).matches())
                  .sorted()
                  .collect(Collectors.joining("&"));
      return host + port + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException notAUri) {
      return trimmed;
    }
  }

  private static String words(String value) {
    return value == null
        ? ""
        : NOT_WORD.matcher(value.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static String date(Published published) {
    return published == null ? "" : published.date().toString();
  }

  private static String firstWords(String body) {
    String[] words = words(body).split(" ");
    return String.join(" ", Arrays.copyOf(words, Math.min(words.length, WORDS_OF_BODY)));
  }
}
