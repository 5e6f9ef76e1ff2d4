package org.parallax.model;

/** How a claim is credited to a source. */
public enum AttributionKind {
  /** A named person or organisation: "according to the State Department". */
  NAMED,
  /** A source described but not named: "one current U.S. official", "the sources said". */
  ANONYMOUS,
  /** A vague collective: "analysts say", "experts caution". */
  GENERIC,
  /** A party that declined or did not respond: "X declined to comment". */
  DECLINED,
  /** The outlet's own reporting: "Reuters was unable to determine". */
  OUTLET
}
