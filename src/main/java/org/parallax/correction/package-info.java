/**
 * Analysts' corrections applied over the engine's result: pairs linked or unlinked, relations set,
 * differences dismissed or retyped, the verdict overridden.
 *
 * <p>Pure like {@code compare}: it takes the engine's comparison and the corrections already
 * resolved to its sentence numbers (the workspace finds their passages), and returns the corrected
 * comparison with the engine's own result kept in its {@link org.parallax.model.Review}. It never
 * judges anything itself: a newly linked pair is judged by the engine through {@link PairJudge}.
 */
package org.parallax.correction;
