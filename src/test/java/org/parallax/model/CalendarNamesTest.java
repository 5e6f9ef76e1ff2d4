package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarNamesTest {

  @Test
  void monthsAreLowerCaseInCalendarOrder() {
    assertThat(CalendarNames.MONTHS).hasSize(12).startsWith("january").endsWith("december");
    assertThat(CalendarNames.WEEKDAYS).hasSize(7).startsWith("monday").endsWith("sunday");
  }

  @Test
  void fullNamesAndShortFormsNameTheirMonth() {
    assertThat(CalendarNames.monthNumber("march")).isEqualTo(3);
    assertThat(CalendarNames.monthNumber("mar")).isEqualTo(3);
    assertThat(CalendarNames.monthNumber("sept")).isEqualTo(9);
    assertThat(CalendarNames.monthNumber("sep")).isEqualTo(9);
    assertThat(CalendarNames.monthNumber("may")).isEqualTo(5);
  }

  @Test
  void wordsThatOnlyBeginLikeAMonthNameNone() {
    assertThat(CalendarNames.monthNumber("marc")).isZero();
    assertThat(CalendarNames.monthNumber("ma")).isZero();
    assertThat(CalendarNames.monthNumber("monday")).isZero();
    assertThat(CalendarNames.monthNumber("")).isZero();
  }
}
