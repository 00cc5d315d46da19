package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Flattens commonmark-java's block tree into {@link Block}s in document order, each with its exact
 * source range. Thread-safe (commonmark's {@link Parser} is).
 */
final class MarkdownBlocks {
  /**
   * Blocks only: inline content is read by {@link InlineText} from the source, so commonmark's own
   * inline parsing (and the autolink pass over its text nodes) is skipped; it neither adds nor
   * moves blocks, and it was a third of commonmark's time here.
   */
  private static final Parser PARSER =
      Parser.builder()
          .inlineParserFactory(context -> (lines, node) -> {})
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private MarkdownBlocks() {}

  static List<Block> of(String text, LineIndex lines) {
    Node doc = PARSER.parse(text);
    List<Block> out = new ArrayList<>();
    walk(doc, text, lines, 0, out);
    return out;
  }

  private static void walk(Node parent, String text, LineIndex lines, int depth, List<Block> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof BulletList || n instanceof OrderedList) {
        boolean ordered = n instanceof OrderedList;
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem li) listItem(li, ordered, text, lines, depth, out);
        }
      } else {
        walkSingle(n, text, lines, depth, out);
      }
    }
  }

  private static void listItem(
      ListItem li, boolean ordered, String text, LineIndex lines, int depth, List<Block> out) {
    boolean first = true;
    for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
      List<SourceSpan> spans = c.getSourceSpans();
      if (spans.isEmpty()) continue;
      int b = spans.get(0).getInputIndex();
      SourceSpan last = spans.get(spans.size() - 1);
      int e = trimEnd(text, b, last.getInputIndex() + last.getLength());
      if (c instanceof Paragraph && first) {
        out.add(new Block.Item(lines.range(b, e), depth, ordered));
        first = false;
      } else if (c instanceof BulletList || c instanceof OrderedList) {
        if (first) { // item with nothing but a nested list
          out.add(new Block.Item(lines.range(b, b), depth, ordered));
          first = false;
        }
        boolean o = c instanceof OrderedList;
        for (Node item = c.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem nested) listItem(nested, o, text, lines, depth + 1, out);
        }
      } else {
        // Later paragraphs, code and headings inside an item are ordinary blocks.
        walkSingle(c, text, lines, depth, out);
        first = false;
      }
    }
    if (first) { // empty item "1."
      List<SourceSpan> spans = li.getSourceSpans();
      if (!spans.isEmpty()) {
        int b = spans.get(0).getInputIndex();
        out.add(new Block.Item(lines.range(b, b), depth, ordered));
      }
    }
  }

  private static void walkSingle(Node n, String text, LineIndex lines, int depth, List<Block> out) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) return;
    int begin = spans.get(0).getInputIndex();
    SourceSpan last = spans.get(spans.size() - 1);
    int end = last.getInputIndex() + last.getLength();
    if (n instanceof Heading h) {
      out.add(new Block.Heading(h.getLevel(), headingContent(text, lines, begin, end)));
    } else if (n instanceof Paragraph || n instanceof HtmlBlock) {
      out.add(new Block.Paragraph(lines.range(begin, trimEnd(text, begin, end))));
    } else if (n instanceof FencedCodeBlock f) {
      out.add(fenced(f, text, lines, begin, end));
    } else if (n instanceof IndentedCodeBlock) {
      out.add(new Block.Code(lines.range(begin, end), lines.lineOf(begin), true));
    } else if (n instanceof BlockQuote) {
      walk(n, text, lines, depth, out);
    }
  }

  private static Block.Code fenced(
      FencedCodeBlock f, String text, LineIndex lines, int begin, int end) {
    int openLine = lines.lineOf(begin);
    boolean closed = f.getClosingFenceLength() != null;
    int contentBegin = Math.min(end, lines.lineEnd(openLine, text) + 1);
    int contentEnd = end;
    if (closed) {
      int closeLine = lines.lineOf(Math.max(begin, end - 1));
      contentEnd = Math.max(contentBegin, lines.lineStart(closeLine) - 1);
    }
    contentBegin = Math.min(contentBegin, contentEnd);
    return new Block.Code(
        new SourceRange(Math.min(openLine + 1, lines.lines()), contentBegin, contentEnd),
        openLine,
        closed);
  }

  /** ATX: skip the '#'s and spaces, drop a closing '#' sequence; setext: the text lines. */
  private static SourceRange headingContent(String text, LineIndex lines, int begin, int end) {
    int b = begin;
    while (b < end && (text.charAt(b) == ' ')) b++;
    if (b < end && text.charAt(b) == '#') {
      while (b < end && text.charAt(b) == '#') b++;
      while (b < end && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) b++;
      int e = trimEnd(text, b, end);
      int k = e;
      while (k > b && text.charAt(k - 1) == '#') k--;
      if (k < e && (k == b || text.charAt(k - 1) == ' ')) e = trimEnd(text, b, k);
      return lines.range(b, e);
    }
    int lastLine = lines.lineOf(Math.max(begin, end - 1));
    int e = trimEnd(text, begin, Math.max(begin, lines.lineStart(lastLine) - 1));
    return lines.range(b, Math.max(b, e));
  }

  static int trimEnd(String text, int begin, int end) {
    int e = Math.min(end, text.length());
    while (e > begin && Character.isWhitespace(text.charAt(e - 1))) e--;
    return e;
  }
}
