package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.Published;

class NewsDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Tuesday, 10 March 2026 12:02 EAT; 2026-03-10T12:02+03:00",
        "March 4, 2026 3:45 PM EAT; 2026-03-04T15:45+03:00",
        "Tue, 10 Mar 2026 11:15:00 +0100; 2026-03-10T11:15+01:00",
        "Mon, 09 Mar 2026 18:40:00 GMT; 2026-03-09T18:40Z",
        "9 March 2026 08:00 BST; 2026-03-09T08:00+01:00",
        "9 March 2026 08:00 CET; 2026-03-09T08:00+01:00",
        "9 July 2026 08:00 CEST; 2026-07-09T08:00+02:00",
        "9 March 2026 08:00 EST; 2026-03-09T08:00-05:00",
        "9 July 2026 08:00 EDT; 2026-07-09T08:00-04:00",
        "9 March 2026 08:00 PST; 2026-03-09T08:00-08:00",
        "9 July 2026 08:00 PDT; 2026-07-09T08:00-07:00",
        "9 March 2026 08:00 IST; 2026-03-09T08:00+05:30",
        "9 March 2026 08:00 WAT; 2026-03-09T08:00+01:00",
        "9 March 2026 08:00 CAT; 2026-03-09T08:00+02:00",
        "9 March 2026 08:00 SAST; 2026-03-09T08:00+02:00",
        "9 March 2026 08:00 JST; 2026-03-09T08:00+09:00",
        "9 March 2026 08:00 AEST; 2026-03-09T08:00+10:00",
        "9 March 2026 08:00 UTC; 2026-03-09T08:00Z",
        "March 9, 2026 8:00 a.m. GMT+3; 2026-03-09T08:00+03:00",
        "2026-03-10T12:02:00+03:00; 2026-03-10T12:02+03:00",
        "2026-03-10T09:02:00Z; 2026-03-10T09:02Z",
        "2026-03-10T12:02:00+0300; 2026-03-10T12:02+03:00",
        "20260305T101500+0000; 2026-03-05T10:15Z",
        "20260305; 2026-03-05",
        "2026-03-09; 2026-03-09",
        "9 March 2026; 2026-03-09",
      })
  void parsesNewsDateForms(String raw, String iso) {
    assertThat(NewsDates.parse(raw)).contains(Published.parseIso(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9 March 2026 08:00", "2026-03-09T08:00:00"})
  void keepsOnlyTheDateWhenTheZoneIsUnknown(String raw) {
    assertThat(NewsDates.parse(raw)).contains(Published.parseIso("2026-03-09"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "Guled Abdi", "31 February 2026", "2026-13-45"})
  void findsNoDateInText(String raw) {
    assertThat(NewsDates.parse(raw)).isEmpty();
  }
}
