package io.notegraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      if (n instanceof OrderedList o && depth == 0 && isOutline(o, text)) {
        outline(o, text, lines, out);
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        boolean ordered = n instanceof OrderedList;
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem li) listItem(li, ordered, text, lines, depth, out);
        }
      } else {
        walkSingle(n, text, lines, depth, out);
      }
    }
  }

  /** A title short enough to head a part of formal minutes: "Roll Call", "Project reports". */
  private static final Pattern OUTLINE_TITLE = Pattern.compile("[^\\n]{2,80}(?<![.:;,])");

  /** "A. Sprocket [Bo Lindgren]": a lettered sub-part of an outline. */
  private static final Pattern LETTERED_TITLE =
      Pattern.compile("[A-Z][.)][ \\t]+\\S[^\\n]{0,80}(?<![.:;,])");

  /**
   * Minutes written as one numbered outline ("1. Call to order", "2. Roll Call" and the text of
   * each under it): most items, three at least, are a short title with paragraphs below.
   */
  private static boolean isOutline(OrderedList list, String text) {
    int items = 0;
    int parts = 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      items++;
      Node first = item.getFirstChild();
      boolean prose = false; // an agenda or a bot's summary nests lists, minutes write paragraphs
      for (Node c = first == null ? null : first.getNext(); c != null; c = c.getNext()) {
        prose |= c instanceof Paragraph;
      }
      if (first instanceof Paragraph && prose) {
        String title = firstLine(first, text);
        if (title != null && OUTLINE_TITLE.matcher(title).matches()) parts++;
      }
    }
    return items >= 3 && parts * 3 >= items * 2;
  }

  /** The text of a one-line paragraph, or null when it has more lines. */
  private static String firstLine(Node paragraph, String text) {
    List<SourceSpan> spans = paragraph.getSourceSpans();
    if (spans.size() != 1) return null;
    SourceSpan s = spans.get(0);
    return text.substring(s.getInputIndex(), s.getInputIndex() + s.getLength()).strip();
  }

  /** Each item of an outline as a heading over its text; lettered sub-parts as headings below. */
  private static void outline(OrderedList list, String text, LineIndex lines, List<Block> out) {
    int level = 2;
    for (int k = out.size() - 1; k >= 0; k--) {
      if (out.get(k) instanceof Block.Heading h) {
        level = Math.min(6, h.level() + 1);
        break;
      }
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      boolean first = true;
      for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
        int[] span = span(c, text);
        if (span == null) continue;
        int b = span[0];
        int e = span[1];
        String line = c instanceof Paragraph ? firstLine(c, text) : null;
        if (first && c instanceof Paragraph) {
          out.add(new Block.Heading(level, lines.range(b, e)));
        } else if (line != null && LETTERED_TITLE.matcher(line).matches()) {
          out.add(new Block.Heading(Math.min(6, level + 1), lines.range(b + 3, e)));
        } else if (c instanceof BulletList || c instanceof OrderedList) {
          boolean o = c instanceof OrderedList;
          for (Node i = c.getFirstChild(); i != null; i = i.getNext()) {
            if (i instanceof ListItem nested) listItem(nested, o, text, lines, 0, out);
          }
        } else {
          walkSingle(c, text, lines, 0, out);
        }
        first = false;
      }
    }
  }

  /** Where a block starts and ends in the source (trailing blanks cut), or null without spans. */
  private static int[] span(Node c, String text) {
    List<SourceSpan> spans = c.getSourceSpans();
    if (spans.isEmpty()) return null;
    int b = spans.get(0).getInputIndex();
    SourceSpan last = spans.get(spans.size() - 1);
    return new int[] {b, trimEnd(text, b, last.getInputIndex() + last.getLength())};
  }

  private static void listItem(
      ListItem li, boolean ordered, String text, LineIndex lines, int depth, List<Block> out) {
    boolean first = true;
    for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
      int[] span = span(c, text);
      if (span == null) continue;
      int b = span[0];
      int e = span[1];
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
      return lines.range(withoutNumbering(text, b, e), e);
    }
    int lastLine = lines.lineOf(Math.max(begin, end - 1));
    int e = trimEnd(text, begin, Math.max(begin, lines.lineStart(lastLine) - 1));
    return lines.range(b, Math.max(b, e));
  }

  /**
   * "2. Roll Call", "6.1) Reports", "A. Sprocket", "IV. Budget": an outline number is where the
   * heading stands in the minutes, not what it says. Only a number closed by "." or ")" and then a
   * capital or digit ("4.2 release plans" keeps its version).
   */
  private static final Pattern NUMBERING =
      Pattern.compile(
          "(?:\\d{1,2}(?:\\.\\d{1,2}){0,2}[.)]|[A-Z][.)]|[IVX]{1,4}[.)])[ \\t]+(?=[\\p{Lu}\\d\\[*_`\"])");

  private static int withoutNumbering(String text, int b, int e) {
    Matcher m = NUMBERING.matcher(text).region(b, e);
    return m.lookingAt() && m.end() < e ? m.end() : b;
  }

  static int trimEnd(String text, int begin, int end) {
    int e = Math.min(end, text.length());
    while (e > begin && Character.isWhitespace(text.charAt(e - 1))) e--;
    return e;
  }
}
