/**
 * Evaluation harnesses that measure the engine on public data with gold labels, read from the
 * shared data folder (never copied into the project): claim similarity on STS headlines, typed
 * alignment on iSTS headlines, and related reports on ECB+ (precision at 5, mean average
 * precision).
 *
 * <p>Test scope, so the harnesses run from the project but are not shipped in {@code parallax.jar}.
 * Each is a main class ({@code EcbPlusEvaluations} for the two ECB+ runs) and is also run from a
 * JUnit test tagged {@code long}; the figures and the commands that produce them are in {@code
 * docs/evaluation.md}.
 */
package org.parallax.evaluation;
