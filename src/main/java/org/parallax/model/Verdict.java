package org.parallax.model;

/** Whether one report derives from the other. */
public enum Verdict {
  /** The right report restates the left one. */
  RIGHT_DERIVES_FROM_LEFT("right-derives-from-left"),
  /** The left report restates the right one. */
  LEFT_DERIVES_FROM_RIGHT("left-derives-from-right"),
  /** Both restate a third source, neither the other. */
  COMMON_SOURCE("common-source"),
  /** Neither derives from the other. */
  INDEPENDENT("independent"),
  /** The evidence does not decide. */
  UNKNOWN("unknown");

  private final String jsonName;

  Verdict(String jsonName) {
    this.jsonName = jsonName;
  }

  /** Returns the name used in JSON, such as {@code right-derives-from-left}. */
  public String jsonName() {
    return jsonName;
  }

  /** Returns the verdict seen with the sides swapped. */
  public Verdict mirrored() {
    return switch (this) {
      case RIGHT_DERIVES_FROM_LEFT -> LEFT_DERIVES_FROM_RIGHT;
      case LEFT_DERIVES_FROM_RIGHT -> RIGHT_DERIVES_FROM_LEFT;
      default -> this;
    };
  }

  /** Returns true when the verdict says one report derives from the other. */
  public boolean isDerivation() {
    return this == RIGHT_DERIVES_FROM_LEFT || this == LEFT_DERIVES_FROM_RIGHT;
  }
}
