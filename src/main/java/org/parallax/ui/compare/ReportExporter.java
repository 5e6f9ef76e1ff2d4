package org.parallax.ui.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.AnnotationNote;
import org.parallax.model.Comparison;
import org.parallax.report.ComparisonCsv;
import org.parallax.report.ComparisonJson;
import org.parallax.report.HtmlEvidenceReport;
import org.parallax.workspace.WorkspaceAnnotations;

/** Exports a comparison with the report package: HTML evidence report, JSON or CSV by extension. */
public final class ReportExporter implements ComparisonExporter {

  private final WorkspaceAnnotations annotations;

  /**
   * Creates the exporter.
   *
   * @param annotations the workspace's annotations, listed in HTML reports; null for none
   */
  public ReportExporter(WorkspaceAnnotations annotations) {
    this.annotations = annotations;
  }

  @Override
  public void export(Comparison comparison, Path target) throws IOException {
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    String content;
    if (name.endsWith(".json")) {
      content = ComparisonJson.toPrettyString(comparison);
    } else if (name.endsWith(".csv")) {
      content = ComparisonCsv.toCsv(comparison);
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      content = HtmlEvidenceReport.of(comparison).withAnnotations(notesOn(comparison)).render();
    } else {
      throw new IOException(
          "Unknown export format for " + target.getFileName() + ": name it .html, .json or .csv");
    }
    Files.writeString(target, content, StandardCharsets.UTF_8);
  }

  private List<AnnotationNote> notesOn(Comparison comparison) {
    if (annotations == null) {
      return List.of();
    }
    List<AnnotationNote> notes = new ArrayList<>(annotations.notesOn(comparison.left().article()));
    notes.addAll(annotations.notesOn(comparison.right().article()));
    return notes;
  }
}
