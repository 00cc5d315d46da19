package io.notegraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines of a bundled text resource (word lists, name pools, templates): stripped, without blank
 * lines and {@code #} comments. Shared by the recognizer's word lists and the trainers in {@code
 * io.notegraph.train}. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<String> words = ResourceLines.read("/nlp/common-words.txt");
 * }</pre>
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** The lines of the class-path resource {@code resource}; fails if it is missing. */
  public static List<String> read(String resource) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(s -> !s.isEmpty() && !s.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
