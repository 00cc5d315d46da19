package io.notegraph.parse;

import io.notegraph.parse.TextSegment.SegmentKind;
import java.util.ArrayList;
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

  /**
   * The block a reader's turns make: a transcript (one utterance each) or a chat log (one message
   * each), with each turn's text as a segment for entity recognition.
   */
  static LogBlock of(List<LogTurn> turns, boolean transcript, List<NameRef> transcriptAttendees) {
    SegmentKind segmentKind = transcript ? SegmentKind.TRANSCRIPT : SegmentKind.CHAT;
    List<ChatMessage> chat = new ArrayList<>();
    List<Utterance> utterances = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    for (LogTurn t : turns) {
      if (transcript) utterances.add(t.toUtterance());
      else chat.add(t.toChat());
      TextSegment s = t.segment(segmentKind);
      if (s != null) segments.add(s);
    }
    Kind kind = transcript ? Kind.TRANSCRIPT : Kind.CHAT;
    return new LogBlock(kind, chat, utterances, transcriptAttendees, segments);
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
