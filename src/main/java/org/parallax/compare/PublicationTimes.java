package org.parallax.compare;

import org.parallax.model.Article;
import org.parallax.model.Verdict;

/**
 * What publication times say about two reports: which came first, when either is known only to the
 * day, and how far apart they were, in words for the evidence.
 */
final class PublicationTimes {

  private static final long MINUTE = 60_000L;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  /** Reports published closer than this (in milliseconds) are taken as simultaneous. */
  static final long SIMULTANEOUS = 30 * MINUTE;

  /** Tolerance when either date is known only to the day: half a day either way. */
  static final long DAY_ONLY_TOLERANCE = 12 * HOUR;

  private PublicationTimes() {}

  /**
   * Direction between two reports of one outlet: any difference of publication time counts, since
   * an outlet's own versions may follow each other within minutes.
   */
  static int versionDirection(Article left, Article right, int time) {
    if (time != 0 || left.published() == null || right.published() == null) {
      return time;
    }
    return Long.signum(gap(left, right));
  }

  /** +1 when the right was published later, -1 when the left was, 0 when unknown or close. */
  static int direction(Article left, Article right) {
    if (left.published() == null || right.published() == null) {
      return 0;
    }
    long gap = gap(left, right);
    long tolerance = exact(left, right) ? SIMULTANEOUS : DAY_ONLY_TOLERANCE;
    if (Math.abs(gap) <= tolerance) {
      return 0;
    }
    return gap < 0 ? -1 : 1;
  }

  static boolean bothTimed(Article left, Article right) {
    return left.published() != null && right.published() != null && exact(left, right);
  }

  private static boolean exact(Article left, Article right) {
    return left.published().hasTime() && right.published().hasTime();
  }

  /** Milliseconds from the left's publication to the right's. */
  private static long gap(Article left, Article right) {
    return right.published().approximateEpochMillis() - left.published().approximateEpochMillis();
  }

  static String timing(Article left, Article right, Verdict verdict) {
    if (left.published() == null || right.published() == null) {
      return null;
    }
    long gap = gap(left, right);
    boolean rightLater = gap >= 0;
    String later =
        verdict == Verdict.LEFT_DERIVES_FROM_RIGHT || (!verdict.isDerivation() && !rightLater)
            ? "left"
            : "right";
    boolean derivedLater = later.equals("right") == rightLater;
    String amount = describe(Math.abs(gap), exact(left, right));
    if (amount == null) {
      return "Published at about the same time";
    }
    if (verdict.isDerivation()) {
      return derivedLater ? "Published " + amount + " later" : "Published " + amount + " earlier";
    }
    return "The " + (rightLater ? "right" : "left") + " report was published " + amount + " later";
  }

  private static String describe(long gap, boolean exact) {
    long days = exact ? gap / DAY : Math.round((double) gap / DAY);
    if (days >= 1) {
      return days == 1 ? "1 day" : days + " days";
    }
    if (!exact) {
      return null;
    }
    long hours = gap / HOUR;
    if (hours >= 1) {
      return hours == 1 ? "1 hour" : hours + " hours";
    }
    long minutes = gap / MINUTE;
    return minutes < 1 ? null : minutes + " minutes";
  }
}
