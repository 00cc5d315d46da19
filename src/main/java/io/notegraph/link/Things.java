package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Projects and organizations: a name the gazetteer knows resolves to its entry; any other name to
 * an entity keyed by its normalised name, so "Podman Desktop" and "podman-desktop" meet. One run
 * only; not thread-safe.
 */
final class Things {
  private static final Pattern LEGAL_SUFFIX =
      Pattern.compile("(?i)[,\\s]+(llc|inc|ltd|gmbh|corp|corporation|co)\\.?$");

  private final Gazetteer gazetteer;
  private final Map<String, EntityType> types = new TreeMap<>();
  private final Map<String, SortedMap<String, Integer>> surfaces = new TreeMap<>();
  private final Map<String, String> reasons = new TreeMap<>();

  Things(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The entity id {@code surface} names, recording the surface; empty for a blank name. */
  Optional<String> resolve(EntityType type, String surface) {
    String s = surface.strip();
    if (type == EntityType.ORGANIZATION) s = LEGAL_SUFFIX.matcher(s).replaceAll("");
    Optional<Gazetteer.Entry> known = gazetteer.lookup(s, type);
    if (known.isEmpty() && !s.equals(surface.strip())) known = gazetteer.lookup(surface, type);
    String id;
    String reason;
    if (known.isPresent()) {
      id = known.get().id();
      types.put(id, known.get().type());
      reason = "gazetteer label of " + known.get().name();
    } else {
      String n = Names.normalise(s);
      if (n.isEmpty()) return Optional.empty();
      String prefix = type == EntityType.ORGANIZATION ? "organization/" : "project/";
      id = prefix + Names.slug(n);
      types.putIfAbsent(id, type);
      reason = "not in the gazetteer: keyed by its normalised name '" + n + "'";
    }
    surfaces.computeIfAbsent(id, k -> new TreeMap<>()).merge(surface.strip(), 1, Integer::sum);
    reasons.putIfAbsent(id + "\u0000" + surface.strip(), reason);
    return Optional.of(id);
  }

  String reason(String id, String surface) {
    return reasons.getOrDefault(id + "\u0000" + surface.strip(), "exact name");
  }

  /** The display name an id will get (for versions: "Podman 3.2.0"). */
  String name(String id) {
    Optional<Gazetteer.Entry> known = gazetteer.byId(id);
    if (known.isPresent()) return known.get().name();
    SortedMap<String, Integer> seen = surfaces.getOrDefault(id, new TreeMap<>());
    return seen.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparingInt(e -> capitals(e.getKey()))
                .thenComparingInt(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(id.substring(id.indexOf('/') + 1));
  }

  Map<String, Entity> entities() {
    Map<String, Entity> out = new TreeMap<>();
    for (String id : types.keySet()) {
      String name = name(id);
      var alt = new TreeSet<>(surfaces.getOrDefault(id, new TreeMap<>()).keySet());
      alt.remove(name);
      Optional<Gazetteer.Entry> known = gazetteer.byId(id);
      out.put(
          id,
          new Entity(
              id,
              types.get(id),
              name,
              alt,
              new TreeSet<>(),
              known.map(Gazetteer.Entry::sameAs).orElse(List.of()),
              known.map(Gazetteer.Entry::homepage).orElse(null),
              known.map(Gazetteer.Entry::repository).orElse(null),
              new TreeSet<>(),
              null));
    }
    return out;
  }

  /** "Podman" reads better than "podman" as a canonical name when counts tie. */
  private static int capitals(String s) {
    return (int) s.chars().filter(Character::isUpperCase).count();
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
