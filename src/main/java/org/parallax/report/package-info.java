/**
 * Exports of a comparison: JSON (the {@code parallax compare --json} schema, {@link
 * org.parallax.report.ComparisonJson}), CSV ({@link org.parallax.report.ComparisonCsv}), a
 * self-contained HTML evidence report ({@link org.parallax.report.HtmlEvidenceReport}) and the
 * plain-text summary the command line prints ({@link org.parallax.report.ComparisonText}).
 *
 * <p>Every export reads only the model. Offsets leave the program as Unicode code points; text from
 * articles is treated as hostile: escaped and neutralised in HTML, kept off the terminal's control
 * characters in text, defused against formula evaluation in CSV.
 */
package org.parallax.report;
