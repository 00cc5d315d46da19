package io.notegraph.parse;

import java.util.List;

/** What a fenced block turned out to be: a chat log, a transcript, or code (ignored). */
public record LogBlock(
    Kind kind,
    List<ChatMessage> chat,
    List<Utterance> transcript,
    List<NameRef> transcriptAttendees,
    List<TextSegment> segments) {
  public enum Kind {
    CHAT,
    TRANSCRIPT,
    CODE
  }
}
