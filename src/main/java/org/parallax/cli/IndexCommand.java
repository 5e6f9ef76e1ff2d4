package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.index.ArchiveStatus;
import org.parallax.workspace.IndexChoice;
import org.parallax.workspace.WorkspaceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parallax index create|status}: a shared archive's collection on SolrCloud. */
@Command(
    name = "index",
    description = "Create a shared archive on SolrCloud, or print its nodes, shards and counts.",
    subcommands = {IndexCommand.Create.class, IndexCommand.Status.class})
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "name create or status");
  }

  /**
   * Reads the required {@code --index} value for the archive subcommands, and the workspace whose
   * settings file may hold the archive's credentials (as every other command reads them).
   */
  abstract static class ArchiveOption {
    @Spec CommandSpec spec;

    IndexChoice library;

    String workspace;

    @Option(
        names = "--workspace",
        paramLabel = "DIR",
        description =
            "Workspace whose settings.json may hold the archive's credentials (default:"
                + " $PARALLAX_WORKSPACE, else ~/.parallax/workspace).")
    void setWorkspace(String folder) {
      WorkspaceOption.requireFolderName(spec, folder);
      this.workspace = folder;
    }

    Path workspaceFolder() {
      return WorkspaceLocation.resolve(workspace);
    }

    @Option(
        names = "--index",
        required = true,
        paramLabel = "LIBRARY",
        description =
            "The archive: solr:http://host:8983/solr[,http://host2:8983/solr]/COLLECTION.")
    void setIndex(String value) {
      try {
        library = IndexChoice.parse(value);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--index: " + e.getMessage());
      }
      if (library.isEmbedded()) {
        throw new ParameterException(
            spec.commandLine(), "--index must name a Solr collection (solr:URL/COLLECTION)");
      }
    }
  }

  @Command(
      name = "create",
      description = "Upload Parallax's configset and create the collection --index names.")
  static final class Create extends ArchiveOption implements Callable<Integer> {

    @Option(names = "--shards", defaultValue = "2", description = "Shards (default: 2).")
    int shards;

    @Option(
        names = "--replicas",
        defaultValue = "2",
        description = "Copies of each shard (default: 2).")
    int replicas;

    @Override
    public Integer call() throws Exception {
      library.createArchive(workspaceFolder(), shards, replicas);
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT, "Created %s: %d shard(s) x %d replica(s)%n", library, shards, replicas);
      return 0;
    }
  }

  @Command(name = "status", description = "Print the cluster's live nodes, shards and documents.")
  static final class Status extends ArchiveOption implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
      ArchiveStatus status = library.archiveStatus(workspaceFolder());
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "Collection:  %s%n", status.collection());
      out.printf(Locale.ROOT, "Live nodes:  %s%n", String.join(", ", status.liveNodes()));
      for (ArchiveStatus.Shard shard : status.shards()) {
        out.printf(
            Locale.ROOT,
            "Shard:       %s (%d of %d replica(s) active)%n",
            shard.name(),
            shard.activeReplicas(),
            shard.replicas());
      }
      out.printf(
          Locale.ROOT, "Articles:    %d (%d version(s))%n", status.stories(), status.versions());
      return 0;
    }
  }
}
