package org.parallax.index.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.ContentStreamBase;
import org.parallax.index.ArchiveCredentials;
import org.parallax.index.ArchiveStatus;

/** Creates a shared archive's collection with Parallax's configset, and reports on it. */
public final class SolrCollections {

  /** The configset's name on the cluster. */
  public static final String CONFIGSET = "parallax";

  /** The configset's files, beside this class in {@code configset/conf}. */
  private static final List<String> CONFIGSET_FILES = List.of("schema.xml", "solrconfig.xml");

  private SolrCollections() {}

  /**
   * Uploads (or replaces) the configset and creates the collection the location names.
   *
   * @throws IOException naming the location when the cluster refuses or does not answer
   */
  public static void create(
      SolrLocation location, ArchiveCredentials credentials, int shards, int replicas)
      throws IOException {
    try (CloudSolrClient client = SolrClients.of(location, credentials)) {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(CONFIGSET);
      upload.setOverwrite(true);
      upload.setUploadStream(
          new ContentStreamBase.ByteArrayStream(
              configsetZip(), CONFIGSET + ".zip", "application/zip"));
      upload.process(client);
      CollectionAdminRequest.createCollection(location.collection(), CONFIGSET, shards, replicas)
          .process(client);
    } catch (SolrServerException | RuntimeException e) {
      throw SolrFailures.administrationFailed(
          location, credentials, e, "could not create " + location);
    }
  }

  /**
   * Returns the live nodes, the collection's shards and replicas, and its document counts.
   *
   * @throws IOException naming the location when the cluster does not answer or lacks the
   *     collection
   */
  public static ArchiveStatus status(SolrLocation location, ArchiveCredentials credentials)
      throws IOException {
    try (CloudSolrClient client = SolrClients.of(location, credentials)) {
      ClusterStateProvider cluster = client.getClusterStateProvider();
      DocCollection collection = cluster.getCollection(location.collection());
      if (collection == null) {
        throw new IOException("the cluster of " + location + " has no such collection");
      }
      Set<String> liveNodes = cluster.getLiveNodes();
      List<ArchiveStatus.Shard> shards = new ArrayList<>();
      for (Slice slice : collection.getSlices()) {
        int active = 0;
        for (Replica replica : slice.getReplicas()) {
          if (replica.isActive(liveNodes)) {
            active++;
          }
        }
        shards.add(new ArchiveStatus.Shard(slice.getName(), slice.getReplicas().size(), active));
      }
      SolrQuery all = new SolrQuery("*:*").setRows(0);
      long versions = client.query(location.collection(), all).getResults().getNumFound();
      all.addFilterQuery(SolrDocuments.CURRENT_ONLY);
      long stories = client.query(location.collection(), all).getResults().getNumFound();
      return new ArchiveStatus(
          location.collection(), new ArrayList<>(liveNodes), shards, versions, stories);
    } catch (SolrServerException | RuntimeException e) {
      throw SolrFailures.administrationFailed(
          location, credentials, e, "the Solr index " + location + " did not answer");
    }
  }

  private static byte[] configsetZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : CONFIGSET_FILES) {
        try (InputStream in = SolrCollections.class.getResourceAsStream("configset/conf/" + file)) {
          if (in == null) {
            throw new IllegalStateException("the configset file " + file + " is missing");
          }
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
