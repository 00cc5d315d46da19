package io.notegraph.parse;

/**
 * A top-level piece of a note as commonmark-java's AST sees it, reduced to what the parser needs:
 * its kind, nesting and exact place in the source. Inline Markdown is left raw (see {@link
 * InlineText}) so every name found inside keeps its character offsets.
 */
sealed interface Block {
  /** The raw source range of the block's content (heading text without '#', item text...). */
  SourceRange range();

  /** {@code ## Title} or a setext heading; {@code range} excludes the '#' markers. */
  record Heading(int level, SourceRange range) implements Block {}

  record Paragraph(SourceRange range) implements Block {}

  /**
   * A list item's own text (its first paragraph; later paragraphs of the same item follow as {@link
   * Paragraph} blocks at {@code depth}).
   *
   * @param depth 0 for a top-level list
   * @param ordered numbered list
   */
  record Item(SourceRange range, int depth, boolean ordered) implements Block {}

  /**
   * Fenced or indented code; {@code range} is the content between the fences.
   *
   * @param openLine line of the opening fence (or first line when indented)
   * @param closed false when the fence was never closed
   */
  record Code(SourceRange range, int openLine, boolean closed) implements Block {}
}
