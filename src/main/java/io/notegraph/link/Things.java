package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.gazetteer.Gazetteer;
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
 * only; {@link #identify} is thread-safe, everything that records is not.
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

  /** What {@link #identify} found: the id, the type it gets, and why. */
  record Resolution(String id, EntityType type, boolean known, String surface, String reason) {}

  /**
   * The entity {@code surface} names (empty for a blank name), without recording anything: reads
   * only the gazetteer, so notes can be resolved on several threads and recorded afterwards in note
   * order ({@link #record}).
   */
  Optional<Resolution> identify(EntityType type, String surface) {
    String s = surface.strip();
    if (type == EntityType.ORGANIZATION) s = LEGAL_SUFFIX.matcher(s).replaceAll("");
    Optional<Gazetteer.Entry> known = gazetteer.lookup(s, type);
    if (known.isEmpty() && !s.equals(surface.strip())) known = gazetteer.lookup(surface, type);
    if (known.isPresent()) {
      return Optional.of(
          new Resolution(
              known.get().id(),
              known.get().type(),
              true,
              surface.strip(),
              "gazetteer label of " + known.get().name()));
    }
    String n = Names.normalise(s);
    if (n.isEmpty()) return Optional.empty();
    String prefix = type == EntityType.ORGANIZATION ? "organization/" : "project/";
    return Optional.of(
        new Resolution(
            prefix + Names.slug(n),
            type,
            false,
            surface.strip(),
            "not in the gazetteer: keyed by its normalised name '" + n + "'"));
  }

  /**
   * The gazetteer entry {@code id} for a surface that is not one of its labels (a finder matched it
   * by sound); empty when the gazetteer has no such entry.
   */
  Optional<Resolution> identifyKnown(String id, String surface) {
    return gazetteer
        .byId(id)
        .map(
            e ->
                new Resolution(
                    e.id(),
                    e.type(),
                    true,
                    surface.strip(),
                    "sounds like " + e.name() + " (transcript)"));
  }

  /** Records a surface {@link #identify} resolved, as {@link #resolve} does. */
  void record(Resolution r) {
    if (r.known()) types.put(r.id(), r.type());
    else types.putIfAbsent(r.id(), r.type());
    surfaces.computeIfAbsent(r.id(), k -> new TreeMap<>()).merge(r.surface(), 1, Integer::sum);
    reasons.putIfAbsent(r.id() + "\u0000" + r.surface(), r.reason());
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
      out.put(id, entity(id, types.get(id), name, alt, known));
    }
    // The owners of mentioned projects are described too, so the owner link has a named node.
    for (Entity e : List.copyOf(out.values())) {
      String owner = e.owner();
      if (owner == null || out.containsKey(owner)) continue;
      Optional<Gazetteer.Entry> known = gazetteer.byId(owner);
      if (known.isEmpty()) continue;
      out.put(owner, entity(owner, known.get().type(), known.get().name(), new TreeSet<>(), known));
    }
    return out;
  }

  private static Entity entity(
      String id,
      EntityType type,
      String name,
      TreeSet<String> alt,
      Optional<Gazetteer.Entry> known) {
    return new Entity(
        id,
        type,
        name,
        alt,
        new TreeSet<>(),
        known.map(Gazetteer.Entry::sameAs).orElse(List.of()),
        known.map(Gazetteer.Entry::homepage).orElse(null),
        known.map(Gazetteer.Entry::repository).orElse(null),
        new TreeSet<>(),
        null,
        known.map(Gazetteer.Entry::owner).orElse(null),
        known.map(Gazetteer.Entry::source).orElse(null),
        known.map(Gazetteer.Entry::license).orElse(null));
  }

  /** "Podman" reads better than "podman" as a canonical name when counts tie. */
  private static int capitals(String s) {
    return (int) s.chars().filter(Character::isUpperCase).count();
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
