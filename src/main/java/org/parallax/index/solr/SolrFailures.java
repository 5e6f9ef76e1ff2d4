package org.parallax.index.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.common.SolrException;
import org.parallax.index.ArchiveCredentials;
import org.parallax.index.IndexUnavailableException;

/**
 * Tells a cluster that does not answer from one that refused a request, and says which in words
 * naming the location, so a person sees "no node of … answers" rather than SolrJ's internals.
 */
final class SolrFailures {

  /** SolrJ's words when none of the URLs it was given answers its cluster-state request. */
  private static final String NO_LIVE_NODES = "Failed fetching live_nodes";

  /** SolrJ's words when it knows the cluster but no replica it tried answers. */
  private static final String NO_LIVE_SERVERS = "No live SolrServers";

  private SolrFailures() {}

  /**
   * Returns the error to throw for a failed call: an {@link IndexUnavailableException} when no node
   * answers, otherwise an error naming the location and what Solr said.
   */
  static UncheckedIOException of(SolrLocation location, Exception cause) {
    if (noNodeAnswers(cause)) {
      return new IndexUnavailableException(noNodeAnswers(location), cause);
    }
    if (refusedCredentials(cause)) {
      return new UncheckedIOException(new IOException(refusedCredentials(location), cause));
    }
    return new UncheckedIOException(
        new IOException(
            "the Solr index " + location + " did not answer as expected: " + cause.getMessage(),
            cause));
  }

  /** Returns the sentence saying that no node of a location answers, and what to check. */
  static String noNodeAnswers(SolrLocation location) {
    return "no node of "
        + location
        + " answers (is the cluster running, and are the URLs and port right?)";
  }

  /** Returns the sentence saying the cluster wants other credentials, and where they go. */
  static String refusedCredentials(SolrLocation location) {
    return "the Solr index "
        + location
        + " refused the request: it needs a user name and password (set "
        + ArchiveCredentials.USER_VARIABLE
        + " and "
        + ArchiveCredentials.PASSWORD_VARIABLE
        + ", or archiveUser and archivePassword in the workspace's settings.json) or these"
        + " may not do this";
  }

  /**
   * Words a failed administration request as a person reads it: no node answers, the cluster
   * refuses the credentials (SolrJ reports that as no live nodes too: the nodes are asked), or
   * {@code otherwise} with the cause's message.
   */
  static IOException administrationFailed(
      SolrLocation location, ArchiveCredentials credentials, Exception e, String otherwise) {
    if (noNodeAnswers(e) && !refusesCredentials(location, credentials)) {
      return new IOException(noNodeAnswers(location), e);
    }
    if (noNodeAnswers(e) || refusedCredentials(e)) {
      return new IOException(refusedCredentials(location), e);
    }
    return new IOException(otherwise + ": " + e.getMessage(), e);
  }

  /**
   * Asks each node directly whether it refuses these credentials. SolrJ reports a cluster that
   * refuses every request as one whose nodes do not answer (it logs the 401 and says it found no
   * live nodes), so an error that looks like an unreachable cluster is checked this way.
   */
  static boolean refusesCredentials(SolrLocation location, ArchiveCredentials credentials) {
    for (String url : location.nodeUrls()) {
      Http2SolrClient.Builder builder =
          new Http2SolrClient.Builder(url).withConnectionTimeout(3, TimeUnit.SECONDS);
      if (credentials.isPresent()) {
        builder.withBasicAuthCredentials(credentials.user(), credentials.password());
      }
      try (Http2SolrClient node = builder.build()) {
        new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/system").process(node);
      } catch (SolrServerException | IOException | RuntimeException e) {
        if (refusedCredentials(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns true when the cluster answered 401 or 403: no or wrong credentials. */
  static boolean refusedCredentials(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SolrException solr && (solr.code() == 401 || solr.code() == 403)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** Returns true when the cause chain shows a connection that failed, not a refused request. */
  static boolean noNodeAnswers(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof NoRouteToHostException
          || cause instanceof UnknownHostException
          || cause instanceof ClosedChannelException
          || cause instanceof TimeoutException) {
        return true;
      }
      String message = cause.getMessage();
      if (message != null
          && (message.startsWith(NO_LIVE_NODES)
              || (cause instanceof SolrServerException && message.contains(NO_LIVE_SERVERS)))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
