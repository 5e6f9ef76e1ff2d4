package org.parallax.index;

import java.util.List;

/**
 * What a shared archive's cluster looks like from one client: which nodes answer, how its
 * collection is split and copied, and how much it holds.
 *
 * @param collection the collection's name
 * @param liveNodes the nodes the cluster counts as live
 * @param shards each shard with its replicas
 * @param versions every stored article version
 * @param stories the current versions, one per story
 */
public record ArchiveStatus(
    String collection, List<String> liveNodes, List<Shard> shards, long versions, long stories) {

  /** Copies the lists so the record stays immutable. */
  public ArchiveStatus {
    liveNodes = List.copyOf(liveNodes);
    shards = List.copyOf(shards);
  }

  /**
   * One shard of the collection.
   *
   * @param name the shard's name
   * @param replicas how many copies it has
   * @param activeReplicas how many of them can answer now
   */
  public record Shard(String name, int replicas, int activeReplicas) {}
}
