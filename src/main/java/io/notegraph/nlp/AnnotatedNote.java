package io.notegraph.nlp;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.parse.MeetingNote;
import java.util.List;
import java.util.Objects;

/** The record the nlp stage hands to link: a parsed note and the mentions found in its text. */
public record AnnotatedNote(SourceDocument document, MeetingNote note, List<Mention> mentions) {
  public AnnotatedNote {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(note, "note");
    mentions = List.copyOf(mentions);
  }
}
