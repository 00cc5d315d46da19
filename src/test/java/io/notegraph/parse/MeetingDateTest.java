package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingDateTest {
  @Test
  void aDateWithoutATimeGivesNoStartTime() {
    MeetingNote n =
        Notes.parse(
            "2031-02-11.md",
            """
        # Gadget Steering Meeting 2031-02-11

        ## Present
        - Ilse Varga
        """,
            new Diagnostics());
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2031, 2, 11));
    assertThat(n.time().startDateTime()).isNull();
  }

  @Test
  void dottedDatesAreDates() {
    MeetingNote n =
        Notes.parse(
            "notes.md",
            """
        # Meeting details

        - Date: 2030.10.03
        """,
            new Diagnostics());
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2030, 10, 3));
  }

  @Test
  void aFileNameWithATopicAfterTheDateStillGivesTheDate() {
    MeetingNote n =
        Notes.parse(
            "2030-03-06-roadmap-review.md",
            """
        # Roadmap review
        """,
            new Diagnostics());
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2030, 3, 6));
  }

  @Test
  void theSeriesIsTheTitleWithoutItsDate() {
    assertThat(SeriesName.of("Gadget Steering Meeting 2031-02-11"))
        .isEqualTo("Gadget Steering Meeting");
    assertThat(SeriesName.of("Planning meeting 2030-04-14")).isEqualTo("Planning meeting");
    assertThat(SeriesName.of("Gadget TSC Meeting: 2030.09.26")).isEqualTo("Gadget TSC Meeting");
    assertThat(SeriesName.of("Gadget TSC Meeting: Current meeting"))
        .isEqualTo("Gadget TSC Meeting");
    assertThat(SeriesName.of("Widget Community Cabal Meeting Notes"))
        .isEqualTo("Widget Community Cabal Meeting");
    assertThat(SeriesName.of("2030-11-18: Arena allocators")).isEqualTo("Arena allocators Meeting");
    assertThat(SeriesName.of("Specialization review, 2030-02-03"))
        .isEqualTo("Specialization review Meeting");
    assertThat(SeriesName.of("g-lang 2030 09 21")).isEqualTo("g-lang Meeting");
  }
}
