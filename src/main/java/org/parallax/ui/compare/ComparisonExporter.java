package org.parallax.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.parallax.model.Comparison;

/** Writes a comparison to a file in the format its extension names. */
@FunctionalInterface
public interface ComparisonExporter {

  /**
   * Writes a comparison.
   *
   * @param comparison what to write
   * @param target the file; its extension ({@code .html}, {@code .json}, {@code .csv}) picks the
   *     format
   */
  void export(Comparison comparison, Path target) throws IOException;
}
