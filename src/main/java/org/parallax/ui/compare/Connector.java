package org.parallax.ui.compare;

/**
 * A line the gutter draws between a pair's sentences on the left and on the right.
 *
 * @param pairIndex the pair it stands for
 * @param leftFirst first left sentence of the pair
 * @param leftLast last left sentence of the pair
 * @param rightFirst first right sentence of the pair
 * @param rightLast last right sentence of the pair
 * @param changed true when the pair changed (drawn in the changed hue)
 */
record Connector(
    int pairIndex, int leftFirst, int leftLast, int rightFirst, int rightLast, boolean changed) {}
