package org.parallax.index.solr;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a shared archive lives: one or more SolrCloud nodes and the collection holding the
 * articles, as written after {@code --index}: {@code
 * solr:http://host:8983/solr[,http://host2:8983/solr]/COLLECTION}.
 *
 * @param nodeUrls the base URL of each node given (ending in {@code /solr}); any live one suffices
 * @param collection the collection's name
 */
public record SolrLocation(List<String> nodeUrls, String collection) {

  /** What comes before the URLs, so a folder path is never mistaken for a cluster. */
  public static final String PREFIX = "solr:";

  /** Solr's own rule for collection names. */
  private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]*");

  /** Copies the list so the record stays immutable. */
  public SolrLocation {
    nodeUrls = List.copyOf(nodeUrls);
  }

  /** Returns true when an {@code --index} value names a Solr collection. */
  public static boolean isSolr(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  /**
   * Reads an {@code --index} value.
   *
   * @throws IllegalArgumentException naming what is wrong, when it is not {@code
   *     solr:URL[,URL]/COLLECTION} with http or https URLs
   */
  public static SolrLocation parse(String value) {
    if (!isSolr(value)) {
      throw new IllegalArgumentException(
          "a Solr index is written solr:http://host:8983/solr/COLLECTION, not " + value);
    }
    String rest = value.substring(PREFIX.length());
    int slash = rest.lastIndexOf('/');
    String collection = slash < 0 ? "" : rest.substring(slash + 1);
    if (!COLLECTION.matcher(collection).matches()) {
      throw new IllegalArgumentException(
          "the Solr index " + value + " names no collection after its last /");
    }
    List<String> urls = new ArrayList<>();
    for (String url : rest.substring(0, slash).split(",", -1)) {
      urls.add(checkedUrl(url.strip(), value));
    }
    return new SolrLocation(urls, collection);
  }

  private static String checkedUrl(String url, String value) {
    try {
      URI uri = new URI(url);
      boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!web || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "the Solr index " + value + " has '" + url + "' where an http(s) node URL belongs");
      }
      if (uri.getUserInfo() != null) {
        // Credentials on the command line end up in shell histories and process lists.
        // The value itself is not repeated: it would put the password in the logs.
        throw new IllegalArgumentException(
            "the Solr index carries credentials in a node URL; give them in the environment or"
                + " the settings instead");
      }
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the Solr index " + value + " has a malformed node URL '" + url + "'", e);
    }
  }

  /** Returns the value as {@code --index} takes it. */
  @Override
  public String toString() {
    return PREFIX + String.join(",", nodeUrls) + "/" + collection;
  }
}
