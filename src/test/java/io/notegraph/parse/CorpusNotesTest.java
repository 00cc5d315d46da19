package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.testing.SharedCorpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real notes in ../shared: every file is one meeting on the right date. */
class CorpusNotesTest {
  static Stream<Path> corpusFiles() {
    return SharedCorpus.allNotes().stream()
        .filter(p -> p.getParent().getFileName().toString().equals("podman-community"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void everyCorpusNoteIsOneMeetingOnTheDateItsFileIsNamedFor(Path file) {
    MeetingNote n = Notes.parse(file, new Diagnostics());
    String name = file.getFileName().toString();
    assertThat(n.time().date()).isEqualTo(LocalDate.parse(name.substring(0, 10)));
    assertThat(n.series()).isIn("Podman Community Meeting", "Podman Community Cabal Meeting");
    assertThat(n.sections()).isNotEmpty();
    assertThat(n.time().startDateTime()).isNotNull();
  }

  @Test
  void seedsAreDatedByTheirHeadings() {
    assertThat(Notes.parse(SharedCorpus.seedJune(), new Diagnostics()).time().date())
        .isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(Notes.parse(SharedCorpus.seedMay(), new Diagnostics()).time().date())
        .isEqualTo(LocalDate.of(2021, 5, 4));
  }

  @Test
  void juneFirstSeedHasTheFactsAReaderSees() {
    Diagnostics diag = new Diagnostics();
    MeetingNote n = Notes.parse(SharedCorpus.seedJune(), diag);
    assertThat(n.time().startDateTime()).isEqualTo(OffsetDateTime.parse("2021-06-01T11:03-04:00"));
    assertThat(n.time().endDateTime()).isEqualTo(OffsetDateTime.parse("2021-06-01T11:57-04:00"));
    assertThat(n.declaredAttendeeCount()).isEqualTo(24);
    assertThat(n.attendees()).hasSize(26);
    assertThat(new LinkedHashSet<>(Notes.names(n.attendees()))).hasSize(25);
    List<AgendaSection> talks =
        n.sections().stream().filter(s -> !s.presenters().isEmpty()).toList();
    assertThat(talks)
        .extracting(s -> s.presenters().get(0).name())
        .containsExactly(
            "Tom Sweeney", "Tom Deseyn", "Matt Heon", "Urvashi Mohnani", "Brent Baude");
    assertThat(talks)
        .extracting(AgendaSection::offset)
        .extracting(d -> d == null ? null : d.toString())
        .containsExactly(null, "PT3M", "PT15M50S", "PT20M18S", "PT32M");
    assertThat(talks.get(1).slides()).singleElement().asString().endsWith("tye_meets_podman.pdf");
    assertThat(talks.get(4).slides()).singleElement().asString().endsWith("podman_machine.pdf");
    assertThat(n.chat().stream().map(m -> m.sender().name()).distinct())
        .containsExactly("Me", "baude", "Matt Heon", "Faisal Razzak", "Alex Litvak", "Uwe Reh");
    assertThat(n.chat().get(0).fromNoteTaker()).isTrue();
    assertThat(n.nextMeetings())
        .singleElement()
        .extracting(m -> m.when().toLocalDate())
        .isEqualTo(LocalDate.of(2021, 8, 3));
    assertThat(n.recording()).startsWith("https://bluejeans.com/");
  }

  @Test
  void mayFourthSeedHasThreeTalksAndTheDeclaredCount() {
    MeetingNote n = Notes.parse(SharedCorpus.seedMay(), new Diagnostics());
    assertThat(n.declaredAttendeeCount()).isEqualTo(36);
    assertThat(n.attendees()).hasSize(21);
    List<AgendaSection> talks =
        n.sections().stream().filter(s -> !s.presenters().isEmpty()).toList();
    assertThat(talks)
        .extracting(AgendaSection::title)
        .containsExactly(
            "Podman and IPv6 Status",
            "Running Docker, Podman, and even Kubernetes inside rootless Podman containers",
            "Podman Python Client Demo");
    assertThat(talks)
        .extracting(s -> s.presenters().get(0).name())
        .containsExactly("Matt Heon", "Cesar Talledo", "Jhon Honce");
    assertThat(talks.get(1).presenters().get(0).organization()).isEqualTo("Nestybox");
    assertThat(talks)
        .extracting(s -> s.offset().toString())
        .containsExactly("PT1M49S", "PT5M10S", "PT33M45S");
    assertThat(talks.get(1).demos())
        .extracting(d -> d.offset().toString())
        .containsExactly("PT20M55S");
  }

  @Test
  void cabalNotesTakePresentersFromTheHeadingDashOrTheTopicList() {
    MeetingNote n = Notes.parse(SharedCorpus.podmanNote("2021-11-18.md"), new Diagnostics());
    assertThat(n.sections().get(0).presenters())
        .extracting(NameRef::name)
        .containsExactly("Máirín Duffy");
    MeetingNote m = Notes.parse(SharedCorpus.podmanNote("2022-03-17.md"), new Diagnostics());
    assertThat(m.sections())
        .extracting(AgendaSection::title)
        .startsWith("/etc/hosts in containers", "Mac OS Volume Mounts");
    assertThat(m.sections().get(2).presenters())
        .extracting(NameRef::name)
        .containsExactly("Dan Walsh");
  }

  @Test
  void typoYearInTheHeadingIsCorrectedFromTheFileNameWithAWarning() {
    Diagnostics diag = new Diagnostics();
    MeetingNote n = Notes.parse(SharedCorpus.podmanNote("2022-02-01.md"), diag);
    assertThat(n.time().date()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(diag.all())
        .anySatisfy(
            d ->
                assertThat(d.toString())
                    .contains("2022-02-01.md:2")
                    .contains("file name says 2022-02-01"));
  }

  @Test
  void transcriptNotesHaveTurnsAndAttendeeHeader() {
    MeetingNote n = Notes.parse(SharedCorpus.podmanNote("2023-04-20.md"), new Diagnostics());
    assertThat(n.transcript()).hasSizeGreaterThan(200);
    assertThat(n.transcriptAttendees()).extracting(NameRef::name).contains("Daniel Walsh");
    assertThat(n.sections().get(0).presenters())
        .extracting(NameRef::name)
        .containsExactly("Dan Walsh");
  }
}
