package io.notegraph.parse;

import io.notegraph.parse.LogLines.Line;
import io.notegraph.parse.TextSegment.SegmentKind;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One message or turn being read: its header (who, when, where) and the pieces of text that follow.
 * Every reader collects into these, so texts, ranges and segments are built one way.
 */
final class LogTurn {
  private final NameRef speaker;
  private final LocalTime time;
  private final Duration at;
  private final int headerLine;
  private final int headerBegin;
  private final int headerEnd;
  private final List<Line> pieces = new ArrayList<>();

  LogTurn(
      NameRef speaker,
      LocalTime time,
      Duration at,
      int headerLine,
      int headerBegin,
      int headerEnd) {
    this.speaker = speaker;
    this.time = time;
    this.at = at;
    this.headerLine = headerLine;
    this.headerBegin = headerBegin;
    this.headerEnd = headerEnd;
  }

  LocalTime time() {
    return time;
  }

  NameRef speaker() {
    return speaker;
  }

  /** Where the header ends: the end of its last line. */
  int headerEnd() {
    return headerEnd;
  }

  /** Adds a piece of text: a whole body line, or the rest of a header line after its label. */
  void add(Line piece) {
    pieces.add(piece);
  }

  ChatMessage toChat() {
    return new ChatMessage(speaker, time, text(), SpeakerLabel.isNoteTaker(speaker), range());
  }

  Utterance toUtterance() {
    return new Utterance(speaker, at, text(), range());
  }

  /** The text as a segment for entity recognition, or null when the turn has no text. */
  TextSegment segment(SegmentKind kind) {
    Line first = firstText();
    if (first == null) return null;
    return new TextSegment(
        kind, new SourceRange(first.number(), first.contentBegin(), end()), 0, speaker.name());
  }

  private SourceRange range() {
    return new SourceRange(headerLine, headerBegin, end());
  }

  private Line firstText() {
    for (Line p : pieces) if (!p.isBlank()) return p;
    return null;
  }

  private int end() {
    for (int i = pieces.size() - 1; i >= 0; i--) {
      if (!pieces.get(i).isBlank()) return pieces.get(i).contentEnd();
    }
    return headerEnd;
  }

  /** Pieces joined by '\n', outer blank pieces dropped, the common indentation removed. */
  private String text() {
    int from = 0;
    int to = pieces.size();
    while (from < to && pieces.get(from).isBlank()) from++;
    while (to > from && pieces.get(to - 1).isBlank()) to--;
    int indent = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      if (!pieces.get(i).isBlank()) indent = Math.min(indent, pieces.get(i).indent());
    }
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) text.append('\n');
      String t = pieces.get(i).text();
      text.append(t.isBlank() ? "" : t.substring(indent).stripTrailing());
    }
    return text.toString();
  }
}
