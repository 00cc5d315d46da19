package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.nlp.Notes;
import io.notegraph.nlp.Recognizer;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  private static final String TEXT = "Ada Quill ran Podman on Fedora.";

  private static GoldNote gold(Path dir, String tsv) throws IOException {
    Path f = dir.resolve("note.md.gold.tsv");
    Files.writeString(f, tsv);
    return GoldNote.read(f, TEXT);
  }

  @Test
  void exactSpanAndTypeCount(@TempDir Path dir) throws IOException {
    GoldNote g =
        gold(
            dir,
            "# gold\nPERSON\t0\t9\tAda Quill\nPROJECT\t14\t20\tPodman\n"
                + "ORGANIZATION\t24\t30\tFedora\n");
    Evaluator ev = new Evaluator(Recognizer.builder().withoutModel().build());
    ev.add(g, Notes.doc(TEXT), Notes.prose(TEXT, "Ada Quill"));
    assertThat(ev.scores().get(EntityType.PERSON)).isEqualTo(new Score(1, 0, 0));
    assertThat(ev.scores().get(EntityType.PROJECT)).isEqualTo(new Score(2 - 1, 1, 0));
    assertThat(ev.scores().get(EntityType.ORGANIZATION)).isEqualTo(new Score(0, 0, 1));
    assertThat(ev.micro().precision()).isEqualTo(2.0 / 3);
    assertThat(ev.errors()).extracting(Evaluator.Error::text).containsExactly("Fedora", "Fedora");
  }

  @Test
  void goldOutsideSegmentsIsNotCharged(@TempDir Path dir) throws IOException {
    GoldNote g = gold(dir, "PROJECT\t14\t20\tPodman\nPROJECT\t24\t30\tFedora\n");
    var seg =
        new io.notegraph.parse.TextSegment(
            io.notegraph.parse.TextSegment.SegmentKind.PROSE, new SourceRange(1, 0, 21), 0, null);
    Evaluator ev = new Evaluator(Recognizer.builder().withoutModel().build());
    ev.add(g, Notes.doc(TEXT), Notes.note(List.of(), List.of(seg)));
    assertThat(ev.scores().get(EntityType.PROJECT)).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void mismatchedGoldTextIsRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> gold(dir, "PERSON\t0\t3\tBob\n"))
        .hasMessageContaining("text does not match");
  }

  @Test
  void presenterAndAttendeeRelations(@TempDir Path dir) throws IOException {
    GoldNote g =
        gold(
            dir,
            "attendee\tAda Quill\nattendee\tBo Lund\n"
                + "presenter\tPodman on Fedora\tAda Quill\npresenter\tNews\tBo Lund\n");
    SourceRange r = new SourceRange(1, 0, 0);
    AgendaSection talk =
        new AgendaSection(
            1,
            "Podman  on Fedora",
            AgendaSection.SectionKind.TALK,
            r,
            List.of(NameRef.of("ada quill", r)),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            r);
    AgendaSection news =
        new AgendaSection(
            2,
            "News",
            AgendaSection.SectionKind.ANNOUNCEMENTS,
            r,
            List.of(NameRef.of("Cy Park", r)),
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            r);
    MeetingNote parsed = Notes.note(List.of(NameRef.of("Ada Quill", r)), List.of());
    parsed =
        new MeetingNote(
            parsed.documentName(),
            parsed.series(),
            parsed.title(),
            parsed.time(),
            parsed.attendees(),
            null,
            null,
            List.of(talk, news),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Evaluator ev = new Evaluator(MentionFinder.none());
    ev.addRelations(g, parsed);
    assertThat(ev.presenterScores()).isEqualTo(new Score(1, 1, 1));
    assertThat(ev.attendeeScores()).isEqualTo(new Score(1, 0, 1));
  }
}
