package org.parallax.analysis;

import java.util.Set;

/** Verbs by which a report credits words or claims to a source. */
final class SpeechVerbs {

  private static final Set<String> LEMMAS =
      Set.of(
          "say",
          "tell",
          "add",
          "note",
          "state",
          "report",
          "claim",
          "confirm",
          "announce",
          "warn",
          "explain",
          "caution",
          "argue",
          "insist",
          "write",
          "deny",
          "acknowledge",
          "estimate",
          "predict",
          "suggest",
          "allege",
          "assert",
          "contend",
          "maintain",
          "reiterate",
          "stress",
          "emphasize",
          "emphasise",
          "observe",
          "remark",
          "declare",
          "testify",
          "tweet",
          "recall",
          "reply",
          "disclose",
          "reveal",
          "indicate",
          "concede",
          "admit");

  private SpeechVerbs() {}

  static boolean isSpeechVerb(String lemma) {
    return LEMMAS.contains(lemma);
  }
}
