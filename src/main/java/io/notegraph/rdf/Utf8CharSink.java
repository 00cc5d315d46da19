package io.notegraph.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 {@link Writer} for Jena's streaming writers, which print one char at a time
 * through an {@code IndentedWriter}. {@link java.io.BufferedWriter} takes a lock per char and
 * Jena flushes it (down to a {@code write} system call) after every subject block; together that
 * was a third of the Turtle/TriG write CPU at 10 times the corpus. Here a char is an array store,
 * {@link #flush()} does nothing, and the bytes leave only when the buffer is full or on {@link
 * #finish()}. Encoding is the same {@link OutputStreamWriter} Jena uses ({@code IO.asUTF8}), fed
 * in larger pieces, so the bytes are the same (including how a lone surrogate is replaced).
 * Not thread-safe: one writer per output file.
 */
final class Utf8CharSink extends Writer {
  private final Writer encoder;
  private final char[] buf = new char[1 << 15];
  private int used;

  Utf8CharSink(OutputStream out) {
    this.encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int c) throws IOException {
    if (used == buf.length) drain();
    buf[used++] = (char) c;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    if (len > buf.length - used) {
      drain();
      if (len > buf.length) {
        encoder.write(cbuf, off, len);
        return;
      }
    }
    System.arraycopy(cbuf, off, buf, used, len);
    used += len;
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    if (len > buf.length - used) {
      drain();
      if (len > buf.length) {
        encoder.write(s, off, len);
        return;
      }
    }
    s.getChars(off, off + len, buf, used);
    used += len;
  }

  /** Deliberately nothing: Jena flushes per subject block; see {@link #finish()}. */
  @Override
  public void flush() {}

  /** Encodes everything written so far and flushes it to the stream (which stays open). */
  void finish() throws IOException {
    drain();
    encoder.flush();
  }

  /** Finishes; the underlying stream belongs to the caller and is not closed. */
  @Override
  public void close() throws IOException {
    finish();
  }

  private void drain() throws IOException {
    if (used > 0) encoder.write(buf, 0, used);
    used = 0;
  }
}
