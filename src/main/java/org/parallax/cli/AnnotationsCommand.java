package org.parallax.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.annotate.AnnotationImport;
import org.parallax.model.Annotation;
import org.parallax.workspace.Workspace;
import org.parallax.workspace.WorkspaceAnnotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax annotations export|import|list}: the workspace's annotations in batch. */
@Command(
    name = "annotations",
    description = "Export, import and list the annotations of the workspace.",
    subcommands = {
      AnnotationsCommand.Export.class,
      AnnotationsCommand.Import.class,
      AnnotationsCommand.ListAnnotations.class
    })
final class AnnotationsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The export formats. */
  enum Format {
    jsonld,
    csv
  }

  /** {@code parallax annotations export}. */
  @Command(
      name = "export",
      description = {
        "Write every annotation as W3C Web Annotation JSON-LD or as CSV.",
        "JSON-LD is an AnnotationCollection holding one AnnotationPage unless --array is given."
      })
  static final class Export implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspaceOption;

    @Option(names = "--format", defaultValue = "jsonld", description = "jsonld (default) or csv.")
    Format format;

    @Option(
        names = "--array",
        description = "JSON-LD as a plain array of annotations, each with its own @context.")
    boolean array;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE, not stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
      String text;
      int count;
      try (Workspace workspace = workspaceOption.openForReading()) {
        WorkspaceAnnotations annotations = workspace.annotations();
        text = format == Format.csv ? annotations.exportCsv() : annotations.exportJsonLd(array);
        count = annotations.all().size();
      }
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text.endsWith("\n") ? text : text + "\n");
        stdout.flush();
      } else {
        Files.writeString(out, text, StandardCharsets.UTF_8);
        spec.commandLine()
            .getErr()
            .printf(Locale.ROOT, "Exported %d annotation(s) to %s.%n", count, out);
      }
      return 0;
    }
  }

  /** {@code parallax annotations import FILE}. */
  @Command(
      name = "import",
      description = {
        "Import W3C Web Annotation JSON-LD (one annotation, an array, a page or a collection).",
        "Targets name an ingested article by URL or urn:parallax:article:ID. An annotation whose id"
            + " is stored is updated, not duplicated. A summary goes to standard error; exit code"
            + " 1 when any annotation could not be imported."
      })
  static final class Import implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspaceOption;

    @Parameters(paramLabel = "FILE", description = "The JSON-LD file.")
    Path file;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(file)) {
        err.printf(Locale.ROOT, "parallax: %s is not a file%n", file);
        return 1;
      }
      String json = Files.readString(file, StandardCharsets.UTF_8);
      AnnotationImport result;
      try (Workspace workspace = workspaceOption.openExisting()) {
        result = workspace.annotations().importJsonLd(json);
      }
      err.printf(
          Locale.ROOT,
          "Imported %d new annotation(s), updated %d, %d orphan(s) (passage not found),"
              + " %d failed.%n",
          result.added(),
          result.updated(),
          result.orphans(),
          result.problems().size());
      for (String problem : result.problems()) {
        err.printf(Locale.ROOT, "  FAILED %s: %s%n", file, problem);
      }
      return result.problems().isEmpty() ? 0 : 1;
    }
  }

  /** {@code parallax annotations list}. */
  @Command(
      name = "list",
      description = "List annotations: article, quote, tags, note, author, time.")
  static final class ListAnnotations implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspaceOption;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only annotations with this tag.")
    String tag;

    @Option(names = "--orphans", description = "Only orphans (passage not found).")
    boolean orphans;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      List<Annotation> shown;
      try (Workspace workspace = workspaceOption.openForReading()) {
        shown =
            workspace.annotations().all().stream()
                .filter(a -> tag == null || a.tags().contains(tag))
                .filter(a -> !orphans || a.isOrphan())
                .toList();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectNode root = HitPrinter.JSON.createObjectNode();
        root.put("total", shown.size());
        ArrayNode items = root.putArray("annotations");
        shown.forEach(annotation -> items.add(toJson(annotation)));
        HitPrinter.print(out, root);
        return 0;
      }
      out.printf(Locale.ROOT, "%d annotation(s).%n", shown.size());
      for (Annotation annotation : shown) {
        out.printf(
            Locale.ROOT,
            "%s  %s  [%s]  \"%s\"%s  (%s, %s)%n",
            annotation.article().value(),
            annotation.isOrphan() ? "ORPHAN" : "at " + annotation.span().start(),
            String.join(", ", annotation.tags()),
            annotation.exact(),
            annotation.note().isBlank() ? "" : "  note: " + annotation.note(),
            annotation.author(),
            annotation.created());
      }
      return 0;
    }

    private static ObjectNode toJson(Annotation annotation) {
      ObjectNode node = HitPrinter.JSON.createObjectNode();
      node.put("id", annotation.id());
      node.put("article", annotation.article().value());
      node.put("target", annotation.targetSource());
      node.put("quote", annotation.exact());
      node.put("orphan", annotation.isOrphan());
      if (!annotation.isOrphan()) {
        node.put("start", annotation.span().start());
        node.put("end", annotation.span().end());
      }
      ArrayNode tags = node.putArray("tags");
      annotation.tags().forEach(tags::add);
      node.put("note", annotation.note());
      node.put("author", annotation.author());
      node.put("created", String.valueOf(annotation.created()));
      node.put("modified", String.valueOf(annotation.modified()));
      return node;
    }
  }
}
