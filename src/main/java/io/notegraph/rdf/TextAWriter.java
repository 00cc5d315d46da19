package io.notegraph.rdf;

import org.apache.jena.atlas.io.AWriter;

/**
 * An {@link AWriter} that collects text in a reusable {@link StringBuilder}: Jena's node
 * formatters write into it, and {@link BlockWriter} prints or caches the result whole. Jena's own
 * {@code StringWriterI} goes through a synchronized {@code StringBuffer}.
 */
final class TextAWriter implements AWriter {
  private final StringBuilder text = new StringBuilder(256);

  /** Empties the buffer and returns this writer, ready for the next node. */
  TextAWriter reset() {
    text.setLength(0);
    return this;
  }

  /** The text written since the last {@link #reset()}; valid until the next write. */
  CharSequence text() {
    return text;
  }

  @Override
  public String toString() {
    return text.toString();
  }

  @Override
  public void write(char ch) {
    text.append(ch);
  }

  @Override
  public void write(char[] chars) {
    text.append(chars);
  }

  @Override
  public void write(String s) {
    text.append(s);
  }

  @Override
  public void print(char ch) {
    text.append(ch);
  }

  @Override
  public void print(char[] chars) {
    text.append(chars);
  }

  @Override
  public void print(String s) {
    text.append(s);
  }

  @Override
  public void printf(String format, Object... args) {
    text.append(String.format(format, args));
  }

  @Override
  public void println(String s) {
    text.append(s).append('\n');
  }

  @Override
  public void println() {
    text.append('\n');
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
