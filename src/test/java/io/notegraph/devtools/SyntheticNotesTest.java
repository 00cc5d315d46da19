package io.notegraph.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.devtools.SyntheticNote.Style;
import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.NoteParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticNotesTest {
  private static final NoteParser PARSER = NoteParser.builder().build();

  private static List<SyntheticNote> notes(long seed, double scale) {
    return SyntheticNotes.builder().seed(seed).scale(scale).build().generate();
  }

  private static MeetingNote parse(SyntheticNote n, Diagnostics diag) {
    SourceDocument doc =
        new SourceDocument(
            n.name(),
            URI.create("urn:test:" + n.name()),
            n.text(),
            StandardCharsets.UTF_8,
            List.of());
    return PARSER.parse(doc, diag).orElseThrow(() -> new AssertionError(diag.all()));
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    assertThat(notes(42, 0.2)).isEqualTo(notes(42, 0.2));
  }

  @Test
  void anotherSeedGivesOtherNotes() {
    assertThat(notes(1, 0.1).get(0).text()).isNotEqualTo(notes(2, 0.1).get(0).text());
  }

  @Test
  void aLargerCorpusStartsWithTheSmallerOne() {
    List<SyntheticNote> small = notes(5, 0.1);
    assertThat(notes(5, 0.3).subList(0, small.size())).isEqualTo(small);
  }

  @Test
  void sizeFollowsTheScale() {
    long bytes = notes(3, 0.5).stream().mapToLong(SyntheticNote::bytes).sum();
    assertThat(bytes)
        .isBetween(
            SyntheticNotes.REAL_CORPUS_BYTES / 2, SyntheticNotes.REAL_CORPUS_BYTES / 2 + 60_000);
  }

  @Test
  void bothStylesAlternateAndFileNamesAreDistinctDates() {
    List<SyntheticNote> n = notes(9, 0.2);
    assertThat(n).extracting(SyntheticNote::style).contains(Style.COMMUNITY, Style.CABAL);
    assertThat(n.get(0).style()).isEqualTo(Style.COMMUNITY);
    assertThat(n.get(1).style()).isEqualTo(Style.CABAL);
    assertThat(n)
        .extracting(SyntheticNote::name)
        .doesNotHaveDuplicates()
        .allMatch(s -> s.matches("\\d{4}-\\d{2}-\\d{2}\\.md"));
  }

  @Test
  void everyNoteParsesIntoTheSectionsAndPresentersItWasWrittenWith() {
    for (SyntheticNote n : notes(11, 0.3)) {
      Diagnostics diag = new Diagnostics();
      MeetingNote m = parse(n, diag);
      assertThat(m.time().date().toString() + ".md").as(n.name()).isEqualTo(n.name());
      assertThat(m.sections())
          .extracting(AgendaSection::title)
          .as(n.name())
          .containsExactlyElementsOf(n.sectionTitles());
      for (int i = 0; i < n.presenters().size(); i++) {
        assertThat(m.sections().get(i).presenters())
            .extracting(NameRef::name)
            .as(n.name() + " section " + (i + 1))
            .containsExactlyElementsOf(n.presenters().get(i));
      }
      assertThat(m.declaredAttendeeCount()).as(n.name()).isEqualTo(n.declaredAttendees());
      assertThat(diag.all()).as(n.name()).isEmpty();
    }
  }

  @Test
  void chatLogsAndTranscriptsAreRead() {
    List<SyntheticNote> n = notes(13, 0.05);
    MeetingNote community = parse(n.get(0), new Diagnostics());
    MeetingNote cabal = parse(n.get(1), new Diagnostics());
    assertThat(community.chat()).isNotEmpty();
    assertThat(community.attendees()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(cabal.chat()).isNotEmpty();
    assertThat(cabal.transcript()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(cabal.transcriptAttendees()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(cabal.series()).isEqualTo("Podman Community Cabal Meeting");
  }
}
