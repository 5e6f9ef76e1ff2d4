package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExporterTest {

  @TempDir Path folder;

  private final ReportExporter exporter = new ReportExporter(null);

  @Test
  void writesAnHtmlEvidenceReportForAnHtmlName() throws IOException {
    Path target = folder.resolve("evidence.html");

    exporter.export(HandMadeComparison.build(), target);

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).containsIgnoringCase("<html");
  }

  @Test
  void writesJsonForAJsonName() throws IOException {
    Path target = folder.resolve("comparison.json");

    exporter.export(HandMadeComparison.build(), target);

    assertThat(Files.readString(target, StandardCharsets.UTF_8).strip()).startsWith("{");
  }

  @Test
  void refusesANameWithoutAKnownExtension() {
    assertThatThrownBy(() -> exporter.export(HandMadeComparison.build(), folder.resolve("x.doc")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(".html, .json or .csv");
  }
}
