package io.notegraph.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 {@link Writer} for Jena's streaming writers, which print one char at a time
 * through an {@code IndentedWriter}. {@link java.io.BufferedWriter} takes a lock per char, hands
 * the chars on to an {@link java.io.OutputStreamWriter} to encode, and Jena flushes it (down to a
 * {@code write} system call) after every subject block; together that was a third of the
 * Turtle/TriG write CPU at 10 times the corpus. Here a char is encoded straight into a byte buffer,
 * {@link #flush()} does nothing, and the bytes leave only when the buffer is full or on {@link
 * #finish()}. The encoding is exactly the JDK's UTF-8 {@code OutputStreamWriter}'s (what Jena's
 * {@code IO.asUTF8} uses), including a lone surrogate becoming '?'; {@code Utf8CharSinkTest}
 * compares the two. Not thread-safe: one writer per output file.
 */
final class Utf8CharSink extends Writer {
  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private final char[] chunk = new char[1 << 10];
  private int used;
  // A high surrogate waiting for its low half (0: none).
  private char high;

  Utf8CharSink(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (ch < 0x80 && high == 0) {
      if (used == buf.length) drain();
      buf[used++] = (byte) ch;
    } else {
      encode(ch);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int i = off;
    int to = off + len;
    while (i < to) {
      // ASCII runs (nearly all of Turtle) straight into the buffer, one bounds check per run.
      if (high == 0) {
        int end = i + Math.min(to - i, buf.length - used);
        while (i < end && cbuf[i] < 0x80) buf[used++] = (byte) cbuf[i++];
        if (i == to) return;
        if (used == buf.length) {
          drain();
          continue;
        }
      }
      write(cbuf[i++]);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    for (int from = off; from < off + len; from += chunk.length) {
      int n = Math.min(chunk.length, off + len - from);
      s.getChars(from, from + n, chunk, 0);
      write(chunk, 0, n);
    }
  }

  /**
   * The bytes this sink writes for {@code text}, to be written later with {@link #writeEncoded};
   * null where that would not be exact: text empty, or with a line break (which an {@code
   * IndentedWriter} must see) or a surrogate (which may pair with its neighbours).
   */
  static byte[] encoded(String text) {
    if (text.isEmpty()) return null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r' || Character.isSurrogate(ch)) return null;
    }
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes bytes from {@link #encoded}: the same bytes as writing the text it was given. */
  void writeEncoded(byte[] utf8) throws IOException {
    if (high != 0) { // the text starts with no low surrogate: the pending high one stays alone
      high = 0;
      if (used == buf.length) drain();
      buf[used++] = '?';
    }
    if (utf8.length > buf.length - used) {
      drain();
      if (utf8.length > buf.length) {
        out.write(utf8);
        return;
      }
    }
    System.arraycopy(utf8, 0, buf, used, utf8.length);
    used += utf8.length;
  }

  private void encode(char ch) throws IOException {
    if (used > buf.length - 4) drain();
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(ch)) {
        int cp = Character.toCodePoint(h, ch);
        buf[used++] = (byte) (0xF0 | (cp >> 18));
        buf[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[used++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      buf[used++] = '?'; // a high surrogate without its low half is malformed
    }
    if (ch < 0x80) {
      buf[used++] = (byte) ch;
    } else if (ch < 0x800) {
      buf[used++] = (byte) (0xC0 | (ch >> 6));
      buf[used++] = (byte) (0x80 | (ch & 0x3F));
    } else if (Character.isHighSurrogate(ch)) {
      high = ch;
    } else if (Character.isLowSurrogate(ch)) {
      buf[used++] = '?'; // a low surrogate alone is malformed
    } else {
      buf[used++] = (byte) (0xE0 | (ch >> 12));
      buf[used++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
      buf[used++] = (byte) (0x80 | (ch & 0x3F));
    }
  }

  /** Deliberately nothing: Jena flushes per subject block; see {@link #finish()}. */
  @Override
  public void flush() {}

  /**
   * Writes everything so far to the stream (which stays open) and flushes it. Like a flushed {@code
   * OutputStreamWriter}, a trailing high surrogate stays pending.
   */
  void finish() throws IOException {
    drain();
    out.flush();
  }

  /** Finishes; the underlying stream belongs to the caller and is not closed. */
  @Override
  public void close() throws IOException {
    finish();
  }

  // ---- capture: the bytes of one Turtle block, to be written to a second file as well ----

  private byte[] captured = new byte[1 << 12];
  private int capturedLength;
  private int captureFrom = -1; // where in buf the capture resumes; -1: not capturing

  /** Starts keeping a copy of every byte written from now on. */
  void startCapture() {
    captureFrom = used;
    capturedLength = 0;
  }

  /**
   * Stops capturing and returns how many bytes were written since {@link #startCapture} (they are
   * the first ones of {@link #captured()}), or -1 if those bytes would not be exact on their own: a
   * high surrogate is still waiting for its other half.
   */
  int endCapture() {
    keepCaptured();
    captureFrom = -1;
    return high == 0 ? capturedLength : -1;
  }

  /** The captured bytes; valid up to the length {@link #endCapture} returned. */
  byte[] captured() {
    return captured;
  }

  private void keepCaptured() {
    if (captureFrom < 0) return;
    int n = used - captureFrom;
    if (capturedLength + n > captured.length) {
      int size = Math.max(capturedLength + n, 2 * captured.length);
      captured = java.util.Arrays.copyOf(captured, size);
    }
    System.arraycopy(buf, captureFrom, captured, capturedLength, n);
    capturedLength += n;
    captureFrom = used;
  }

  /**
   * Writes {@code length} bytes of UTF-8 text in {@code lines} lines starting at {@code starts},
   * leaving out the first {@code indent} bytes (spaces, the caller has checked) of each.
   */
  void writeLines(byte[] text, int[] starts, int lines, int length, int indent) throws IOException {
    if (high != 0) { // as writeEncoded: a pending high surrogate stays alone
      high = 0;
      if (used == buf.length) drain();
      buf[used++] = '?';
    }
    for (int k = 0; k < lines; k++) {
      int from = starts[k] + indent;
      int n = (k + 1 < lines ? starts[k + 1] : length) - from;
      if (n > buf.length - used) drain();
      if (n > buf.length) {
        out.write(text, from, n);
      } else {
        System.arraycopy(text, from, buf, used, n);
        used += n;
      }
    }
  }

  private void drain() throws IOException {
    keepCaptured();
    out.write(buf, 0, used);
    used = 0;
    if (captureFrom >= 0) captureFrom = 0;
  }
}
