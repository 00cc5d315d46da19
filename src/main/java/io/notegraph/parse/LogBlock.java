package io.notegraph.parse;

import java.util.List;
import java.util.Objects;

/**
 * What {@link FencedLogParser} found in one fenced or indented block: a chat log, a raw transcript,
 * or code (anything else, from which nothing is extracted). Immutable.
 *
 * @param kind what the block holds
 * @param chat chat messages in order; empty unless {@code kind == CHAT}
 * @param transcript transcript turns in order; empty unless {@code kind == TRANSCRIPT}
 * @param transcriptAttendees names the transcript's own "Attendees" line lists, in order
 * @param segments the message and turn texts for entity recognition, in document order
 */
public record LogBlock(
    Kind kind,
    List<ChatMessage> chat,
    List<Utterance> transcript,
    List<NameRef> transcriptAttendees,
    List<TextSegment> segments) {
  public LogBlock {
    Objects.requireNonNull(kind, "kind");
    chat = List.copyOf(chat);
    transcript = List.copyOf(transcript);
    transcriptAttendees = List.copyOf(transcriptAttendees);
    segments = List.copyOf(segments);
  }

  /** A block with nothing worth extracting (code, configuration, prose, empty). */
  public static LogBlock code() {
    return new LogBlock(Kind.CODE, List.of(), List.of(), List.of(), List.of());
  }

  /** What a block holds. */
  public enum Kind {
    /** A chat log: senders, times of day, messages. */
    CHAT,
    /** A raw transcript of speech: speakers, offsets, turns. */
    TRANSCRIPT,
    /** Anything else. */
    CODE
  }
}
