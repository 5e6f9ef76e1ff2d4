/**
 * Measures Parallax on public gold data: readers for evaluation corpora and the harnesses that turn
 * a run into figures (ECB+ related reports: precision at 5 and mean average precision).
 */
package org.parallax.evaluation;
