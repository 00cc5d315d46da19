package io.notegraph.parse;

/**
 * A stretch of free text that entity recognition should read: a paragraph, list item, heading, chat
 * message or transcript turn. The text itself is {@code range.of(document.text())} — raw Markdown,
 * so mention offsets point straight into the source file.
 *
 * @param kind what the text is
 * @param sectionIndex the agenda section it belongs to (1-based), or 0 for none
 * @param speaker for chat and transcript turns, the sender/speaker as written, else null
 */
public record TextSegment(SegmentKind kind, SourceRange range, int sectionIndex, String speaker) {
  /** What a segment is; recognisers weigh evidence differently in each. */
  public enum SegmentKind {
    HEADING,
    PROSE,
    LIST_ITEM,
    CHAT,
    TRANSCRIPT
  }
}
