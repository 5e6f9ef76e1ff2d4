package org.parallax.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.parallax.model.Comparison;
import org.parallax.report.ComparisonCsv;
import org.parallax.report.ComparisonJson;
import org.parallax.report.HtmlEvidenceReport;

/** Exports a comparison with the report package: HTML evidence report, JSON or CSV by extension. */
final class ReportExporter implements ComparisonExporter {

  @Override
  public void export(Comparison comparison, Path target) throws IOException {
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    String content;
    if (name.endsWith(".json")) {
      content = ComparisonJson.toPrettyString(comparison);
    } else if (name.endsWith(".csv")) {
      content = ComparisonCsv.toCsv(comparison);
    } else if (name.endsWith(".html") || name.endsWith(".htm")) {
      content = HtmlEvidenceReport.of(comparison).render();
    } else {
      throw new IOException(
          "Unknown export format for " + target.getFileName() + ": name it .html, .json or .csv");
    }
    Files.writeString(target, content, StandardCharsets.UTF_8);
  }
}
