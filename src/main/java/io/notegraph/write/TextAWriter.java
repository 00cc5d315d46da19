package io.notegraph.write;

import java.util.Arrays;
import org.apache.jena.atlas.io.AWriter;

/**
 * An {@link AWriter} that collects text in a reusable char array: Jena's node formatters write into
 * it a char at a time, and {@link CachingNodeFormatter} prints or caches the result whole. A plain
 * array append is cheaper than {@link StringBuilder}'s (capacity and coder checks per char, not
 * inlined by the client compiler short runs use); Jena's own {@code StringWriterI} goes through a
 * synchronized {@code StringBuffer}.
 */
final class TextAWriter implements AWriter {
  private char[] text = new char[256];
  private int length;

  /** Empties the buffer and returns this writer, ready for the next node. */
  TextAWriter reset() {
    length = 0;
    return this;
  }

  /** The chars written since the last {@link #reset()}: the first {@link #length()}. */
  char[] chars() {
    return text;
  }

  int length() {
    return length;
  }

  @Override
  public String toString() {
    return new String(text, 0, length);
  }

  @Override
  public void write(char ch) {
    print(ch);
  }

  @Override
  public void write(char[] chars) {
    print(chars);
  }

  @Override
  public void write(String s) {
    print(s);
  }

  @Override
  public void print(char ch) {
    if (length == text.length) text = Arrays.copyOf(text, 2 * length);
    text[length++] = ch;
  }

  @Override
  public void print(char[] chars) {
    room(chars.length);
    System.arraycopy(chars, 0, text, length, chars.length);
    length += chars.length;
  }

  @Override
  public void print(String s) {
    room(s.length());
    s.getChars(0, s.length(), text, length);
    length += s.length();
  }

  @Override
  public void printf(String format, Object... args) {
    print(String.format(format, args));
  }

  @Override
  public void println(String s) {
    print(s);
    print('\n');
  }

  @Override
  public void println() {
    print('\n');
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private void room(int more) {
    if (length + more > text.length) {
      text = Arrays.copyOf(text, Math.max(length + more, 2 * text.length));
    }
  }
}
