package io.notegraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that stand for each other (Dan/Daniel, Ed/Eduardo), read from {@code nicknames.tsv}
 * beside this class. Immutable after loading; thread-safe.
 */
final class Nicknames {
  private final Map<String, Set<String>> groups;

  private Nicknames(Map<String, Set<String>> groups) {
    this.groups = groups;
  }

  static Nicknames bundled() {
    try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.tsv")) {
      if (in == null) throw new IllegalStateException("nicknames.tsv missing from the jar");
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Nicknames read(InputStream in) throws IOException {
    Map<String, Set<String>> groups = new HashMap<>();
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] names = line.strip().split("\t");
      for (String a : names) {
        for (String b : names) {
          if (!a.equals(b)) groups.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        }
      }
    }
    return new Nicknames(groups);
  }

  /** The names {@code name} is {@link #equivalent} to (the relation is symmetric). */
  Set<String> equivalents(String name) {
    return groups.getOrDefault(name, Set.of());
  }

  /** Whether the table knows {@code name} as a given name or a short form of one. */
  boolean known(String name) {
    return groups.containsKey(name);
  }

  /** Whether two normalised given names are short and long forms of each other. */
  boolean equivalent(String a, String b) {
    return groups.getOrDefault(a, Set.of()).contains(b);
  }
}
