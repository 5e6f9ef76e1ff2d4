package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedGroupsTest {

  @Test
  void keepsDaysWhenAFewDaysHoldTheResults() {
    List<FacetCount> days =
        List.of(new FacetCount("2026-03-09", 2), new FacetCount("2026-03-10", 1));

    assertThat(PublishedGroups.of(days))
        .containsExactly(new FacetCount("2026-03-10", 1), new FacetCount("2026-03-09", 2));
  }

  @Test
  void groupsAnArchiveOfSomeMonthsByMonth() {
    List<FacetCount> days = daysFrom(LocalDate.of(1987, 2, 26), 35, 3);

    List<FacetCount> grouped = PublishedGroups.of(days);

    assertThat(grouped).extracting(FacetCount::value).allMatch(v -> v.length() == 7);
    assertThat(grouped.get(0).value()).isEqualTo("1987-06");
    assertThat(grouped.stream().mapToLong(FacetCount::count).sum()).isEqualTo(35);
  }

  @Test
  void groupsYearsOfReportsByYear() {
    List<FacetCount> days = daysFrom(LocalDate.of(2020, 1, 1), 40, 60);

    assertThat(PublishedGroups.of(days))
        .extracting(FacetCount::value)
        .containsExactly("2026", "2025", "2024", "2023", "2022", "2021", "2020");
  }

  @Test
  void showsTheDaysOfTheOneMonthTheResultsFallIn() {
    List<FacetCount> days = daysFrom(LocalDate.of(1987, 3, 1), 20, 1);

    assertThat(PublishedGroups.of(days))
        .hasSize(20)
        .first()
        .isEqualTo(new FacetCount("1987-03-20", 1));
  }

  @Test
  void labelsGroupsAsPeopleReadThem() {
    assertThat(PublishedGroups.label("1987")).isEqualTo("1987");
    assertThat(PublishedGroups.label("1987-03")).isEqualTo("Mar 1987");
    assertThat(PublishedGroups.label("1987-03-09")).isEqualTo("9 Mar 1987");
  }

  @Test
  void saysWhichValuesContainEachOther() {
    assertThat(PublishedGroups.overlap("1987", "1987-03-09")).isTrue();
    assertThat(PublishedGroups.overlap("1987-03-09", "1987-03")).isTrue();
    assertThat(PublishedGroups.overlap("1987-03", "1987-04")).isFalse();
  }

  private static List<FacetCount> daysFrom(LocalDate first, int count, int stepDays) {
    List<FacetCount> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(new FacetCount(first.plusDays((long) i * stepDays).toString(), 1));
    }
    return days;
  }
}
