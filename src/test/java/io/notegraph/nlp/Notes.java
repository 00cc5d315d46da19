package io.notegraph.nlp;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.MeetingTime;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.SourceRange;
import io.notegraph.parse.TextSegment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Hand-made documents and notes for nlp tests: fictional people only. */
public final class Notes {
  private Notes() {}

  public static SourceDocument doc(String text) {
    return new SourceDocument(
        "test/note.md",
        URI.create("urn:notegraph:test:note"),
        text,
        StandardCharsets.UTF_8,
        List.of());
  }

  /** A note whose whole text is one PROSE segment, with these attendees. */
  public static MeetingNote prose(String text, String... attendees) {
    List<NameRef> refs = new ArrayList<>();
    for (String a : attendees) refs.add(NameRef.of(a, new SourceRange(1, 0, 0)));
    TextSegment seg =
        new TextSegment(
            TextSegment.SegmentKind.PROSE, new SourceRange(1, 0, text.length()), 0, null);
    return note(refs, List.of(seg));
  }

  public static MeetingNote note(List<NameRef> attendees, List<TextSegment> segments) {
    MeetingTime time =
        new MeetingTime(
            LocalDate.of(2024, 3, 5), 1, "heading", ZoneOffset.UTC, false, null, null, 0, null, 0);
    return new MeetingNote(
        "test/note.md",
        "Test Meeting",
        "Test",
        time,
        attendees,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        segments,
        List.of(),
        List.of(),
        List.of());
  }
}
