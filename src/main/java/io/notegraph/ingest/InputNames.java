package io.notegraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns found files into uniquely named, sorted {@link InputFile}s. Names are document identity
 * (they mint IRIs), so they must be unique and must not depend on file system order. Stateless.
 */
final class InputNames {
  private InputNames() {}

  /**
   * One file before naming.
   *
   * @param path the path as found (relative if the root was)
   * @param elements name elements of the absolute path, used to prepend parent folders
   * @param depth how many trailing elements form the name (1 for an explicit file)
   * @param key the underlying file's identity, for removing duplicates
   */
  record Candidate(Path path, List<String> elements, int depth, Object key) {
    String name() {
      return String.join("/", elements.subList(elements.size() - depth, elements.size()));
    }

    Candidate deeper() {
      return new Candidate(path, elements, depth + 1, key);
    }

    boolean canGoDeeper() {
      return depth < elements.size();
    }
  }

  static Candidate explicit(Path file, Object key) {
    return new Candidate(file, elements(file), 1, key);
  }

  static Candidate found(Path root, Path file, Object key) {
    return new Candidate(file, elements(file), root.relativize(file).getNameCount(), key);
  }

  static List<InputFile> resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(ORDER);
    List<Candidate> unique = new ArrayList<>(sorted.size());
    Set<Object> seen = new HashSet<>();
    for (Candidate c : sorted) {
      if (seen.add(c.key())) unique.add(c);
    }
    List<Candidate> named = disambiguate(unique);
    named.sort(ORDER);
    return named.stream().map(c -> new InputFile(c.path(), c.name())).toList();
  }

  private static final Comparator<Candidate> ORDER =
      Comparator.comparing(Candidate::name).thenComparing(c -> c.path().toString());

  /** Prepends parent folders to clashing names until every name is unique (or cannot grow). */
  private static List<Candidate> disambiguate(List<Candidate> candidates) {
    List<Candidate> current = new ArrayList<>(candidates);
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Integer> counts = new HashMap<>();
      for (Candidate c : current) counts.merge(c.name(), 1, Integer::sum);
      for (int i = 0; i < current.size(); i++) {
        Candidate c = current.get(i);
        if (counts.get(c.name()) > 1 && c.canGoDeeper()) {
          current.set(i, c.deeper());
          changed = true;
        }
      }
    }
    return current;
  }

  private static List<String> elements(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<String> names = new ArrayList<>(absolute.getNameCount());
    for (Path element : absolute) names.add(element.toString());
    return names;
  }
}
