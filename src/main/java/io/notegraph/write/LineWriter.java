package io.notegraph.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.jena.atlas.io.IndentedWriter;

/**
 * Jena's {@link IndentedWriter} with a fast path for text that holds no line break: it is padded to
 * the indent once and handed to the underlying writer whole, where Jena's writer checks every char
 * for a line break, pads, counts a column and makes a virtual call per char (a quarter of the
 * streamed Turtle/TriG CPU). Text with a line break still goes through Jena's code, so the output
 * is the same in every case (pinned by {@code StreamedBytesTest} and {@code LineWriterTest}).
 * Padding is always with spaces. Line numbers, line prefixes, flat mode and pad strings are not
 * supported.
 */
final class LineWriter extends IndentedWriter {
  private static final char[] SPACES = " ".repeat(64).toCharArray();

  // Jena's writer drops a '\n' that directly follows a '\r' (private state we cannot see), so
  // while the last char printed may have been '\r', text goes the slow way.
  private boolean afterCarriageReturn;
  private char[] chars = new char[256];

  LineWriter(Writer out) {
    super(out);
    if (getPadChar() != ' '
        || getPadString() != null
        || getLinePrefix() != null
        || hasLineNumbers()
        || inFlatMode()) {
      throw new IllegalStateException("Jena's IndentedWriter defaults changed: " + this);
    }
  }

  @Override
  public void print(String text) {
    if (text == null) text = "null";
    print((CharSequence) text);
  }

  /** Prints text as {@link #print(String)} does, without making it a String first. */
  void print(CharSequence text) {
    int n = text.length();
    // Copied out in bulk: char by char through CharSequence is an interface call per char, which
    // the client compiler the launcher uses for short runs does not inline.
    if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
    if (text instanceof String s) {
      s.getChars(0, n, chars, 0);
    } else if (text instanceof StringBuilder b) {
      b.getChars(0, n, chars, 0);
    } else {
      for (int i = 0; i < n; i++) chars[i] = text.charAt(i);
    }
    print(chars, n);
  }

  /** Prints the first {@code n} chars of {@code text} as {@link #print(String)} would. */
  void print(char[] text, int n) {
    if (n == 0) return; // Jena's writer would not even pad
    if (afterCarriageReturn || hasLineBreak(text, n)) {
      for (int i = 0; i < n; i++) print(text[i]);
      return;
    }
    pad(); // as Jena's private lineStart: pad to the indent, the line has begun
    startingNewLine = false;
    try {
      out.write(text, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    column += n;
  }

  /**
   * Prints text already encoded as UTF-8 by {@link Utf8CharSink#encoded}: as {@link #print(String)}
   * would print {@code text}, straight from the bytes. Only for a writer over an {@link
   * Utf8CharSink}.
   */
  void print(String text, byte[] utf8) {
    if (afterCarriageReturn || utf8 == null) {
      print(text);
      return;
    }
    pad();
    startingNewLine = false;
    try {
      ((Utf8CharSink) out).writeEncoded(utf8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    column += text.length();
  }

  /** The current indent. */
  int indent() {
    return currentIndent;
  }

  /** True if nothing has been printed on the current line yet (not even its indent). */
  boolean nothingOnLine() {
    return column == 0;
  }

  /**
   * Prints UTF-8 text another writer over a {@link Utf8CharSink} printed from the start of a line,
   * every line moved {@code indent} columns left, as if this writer had printed it: this writer
   * must be at the start of a line, with no indent (the caller checks). False, and nothing printed,
   * where that would not be exact: a line without {@code indent} leading spaces, a carriage return,
   * or text that ends a line.
   */
  boolean printDedented(byte[] text, int length, int indent) {
    if (afterCarriageReturn || currentIndent != 0 || column != 0) return false;
    // One pass: where the lines start, each checked for its indent.
    int lines = 0;
    int start = 0;
    while (true) {
      if (length - start <= indent) return false; // a line with nothing after its indent
      for (int k = 0; k < indent; k++) if (text[start + k] != ' ') return false;
      if (lines == lineStarts.length) lineStarts = java.util.Arrays.copyOf(lineStarts, 2 * lines);
      lineStarts[lines++] = start;
      int i = start + indent;
      while (i < length && text[i] != '\n') {
        if (text[i] == '\r') return false;
        i++;
      }
      if (i == length) break;
      start = i + 1;
    }
    try {
      ((Utf8CharSink) out).writeLines(text, lineStarts, lines, length, indent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    row += lines - 1;
    // Chars on the last line, counted as Java chars: a 4-byte UTF-8 sequence is two.
    int chars = 0;
    for (int i = start + indent; i < length; i++) {
      int b = text[i] & 0xFF;
      if ((b & 0xC0) != 0x80) chars += b >= 0xF0 ? 2 : 1;
    }
    column = chars;
    startingNewLine = false;
    return true;
  }

  private int[] lineStarts = new int[64];

  /** As Jena's: pad to the indent (starting the line if it is indented). */
  @Override
  public void pad() {
    if (startingNewLine && currentIndent > 0) startingNewLine = false;
    spaces(currentIndent - column);
  }

  /** As Jena's: pad with spaces to a column, counted from the indent unless absolute. */
  @Override
  public void pad(int col, boolean absoluteColumn) {
    spaces((absoluteColumn ? col : col + currentIndent) - column);
  }

  // Jena writes padding a char at a time; here a run of spaces goes in one call.
  private void spaces(int n) {
    if (n <= 0) return;
    column += n;
    try {
      for (; n > 0; n -= SPACES.length) out.write(SPACES, 0, Math.min(n, SPACES.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void print(char ch) {
    super.print(ch);
    afterCarriageReturn = ch == '\r';
  }

  @Override
  public void print(char[] chars) {
    for (char ch : chars) print(ch);
  }

  @Override
  public void print(char ch, int times) {
    super.print(ch, times);
    if (times > 0) afterCarriageReturn = ch == '\r';
  }

  private static boolean hasLineBreak(char[] text, int n) {
    for (int i = 0; i < n; i++) {
      char ch = text[i];
      if (ch == '\n' || ch == '\r') return true;
    }
    return false;
  }
}
