package org.parallax.model;

/** What kind of thing a mention names. */
public enum MentionType {
  /** A person, such as "Nick Checker". */
  PERSON,
  /** An organisation, such as "State Department". */
  ORGANIZATION,
  /** A place, such as "Bamako". */
  PLACE,
  /** A proper name whose kind could not be decided. */
  NAME,
  /** A person's role or title, such as "Foreign Minister". */
  TITLE,
  /** A quantity with its unit where given, such as "$1.5 million" or "2,000 people". */
  NUMBER,
  /** A calendar date or period, such as "February 27" or "last month". */
  DATE,
  /** A time of day, such as "12:02 EAT". */
  TIME
}
