package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the sets of {@link PersonClusters} into person entities: canonical name (the most frequent
 * spelling; ties go to the longest, then the most accented form), id {@code person/{slug}}, other
 * spellings as labels, handles as nicks, the affiliations {@link Affiliations} accepted. One run
 * only; not thread-safe.
 */
final class People {
  private final PersonClusters clusters;
  private final Map<String, String> idByRoot = new TreeMap<>();
  private final Map<String, String> nameById = new TreeMap<>();
  private final Map<String, SortedSet<String>> givenById = new TreeMap<>();
  private final Map<String, List<List<String>>> fullNamesById = new TreeMap<>();
  private final Map<String, SortedSet<String>> extraLabels = new TreeMap<>();
  private final Map<String, SortedSet<String>> handlesById = new TreeMap<>();
  private final Map<String, SortedSet<String>> documentsById = new TreeMap<>();

  /** Bare given names registered as persons of their own by {@link #ownPerson}, by name key. */
  private final Map<String, String> ownIdByKey = new TreeMap<>();

  private final Set<String> used = new TreeSet<>();

  People(PersonClusters clusters, IdentityOverrides overrides) {
    this.clusters = clusters;
    java.util.function.Predicate<String> listedGivenNames = listedGivenNames(clusters);
    for (var e : clusters.sets.sets().entrySet()) {
      TreeSet<String> keys = e.getValue();
      boolean full = keys.stream().anyMatch(k -> clusters.forms.get(k).full());
      boolean alone = keys.size() == 1 && clusters.contextual.contains(keys.first());
      boolean guessed = keys.stream().allMatch(k -> clusters.forms.get(k).certain == 0);
      boolean unheard =
          keys.stream()
              .allMatch(
                  k -> clusters.forms.get(k).structural == 0 && clusters.forms.get(k).named == 0);
      if (alone || guessed || (!full && unheard)) continue;
      if (onlyWords(keys, listedGivenNames, overrides)) continue;
      var override = override(keys, overrides);
      String name = override.map(IdentityOverrides.Group::name).orElseGet(() -> canonical(keys));
      String id = override.map(IdentityOverrides.Group::id).orElse("person/" + Names.slug(name));
      String unique = id;
      for (int n = 2; !used.add(unique); n++) unique = id + "-" + n;
      idByRoot.put(e.getKey(), unique);
      nameById.put(unique, name);
      SortedSet<String> given = new TreeSet<>();
      for (String k : keys) {
        PersonForm f = clusters.forms.get(k);
        if (f.full() && f.tokens.get(0).length() > 1) given.add(f.tokens.get(0));
      }
      givenById.put(unique, given);
      List<List<String>> fullNames = new ArrayList<>();
      for (String k : keys) {
        if (clusters.forms.get(k).full()) fullNames.add(clusters.forms.get(k).tokens);
      }
      fullNamesById.put(unique, fullNames);
      SortedSet<String> handles = new TreeSet<>();
      for (String k : keys) {
        PersonForm f = clusters.forms.get(k);
        f.handles.forEach(h -> handles.add(h.replace(" ", "")));
        if (!f.full() && PersonClusters.handleLike(f)) handles.add(k);
      }
      handlesById.put(unique, handles);
      SortedSet<String> docs = new TreeSet<>();
      for (String k : keys) docs.addAll(clusters.forms.get(k).seenIn);
      documentsById.put(unique, docs);
    }
  }

  /**
   * A set no attendee list names whose full names are all English words or acronyms ("Trait Laws",
   * "Appendix B"): a heading or phrase a layout read as a presenter or label, not a person. An
   * override naming it keeps it.
   */
  private boolean onlyWords(
      Set<String> keys,
      java.util.function.Predicate<String> givenNames,
      IdentityOverrides overrides) {
    boolean anyFull = false;
    for (String k : keys) {
      PersonForm f = clusters.forms.get(k);
      if (!f.listedIn.isEmpty()) return false;
      if (!f.full()) continue;
      anyFull = true;
      for (String surface : f.surfaces.keySet()) {
        if (!NameShape.onlyWords(f.tokens, surface, givenNames)) return false;
      }
    }
    return anyFull && override(keys, overrides).isEmpty();
  }

  /** Given names of the full names attendee lists give, and of the nickname table. */
  private static java.util.function.Predicate<String> listedGivenNames(PersonClusters clusters) {
    Set<String> out = new java.util.HashSet<>();
    for (PersonForm f : clusters.forms.values()) {
      // Written with a space: "compiler-errors" is a handle, and "compiler" nobody's given name.
      boolean spaced = f.surfaces.keySet().stream().anyMatch(n -> n.strip().contains(" "));
      if (f.full() && spaced && !f.listedIn.isEmpty() && f.tokens.get(0).length() > 1) {
        out.add(f.tokens.get(0));
      }
    }
    Nicknames nicknames = clusters.nicknames();
    return name -> out.contains(name) || nicknames.known(name);
  }

  private static Optional<IdentityOverrides.Group> override(
      Set<String> keys, IdentityOverrides overrides) {
    return overrides.groups().stream()
        .filter(g -> g.name() != null)
        .filter(g -> keys.stream().anyMatch(k -> g.keys().contains(PersonClusters.squash(k))))
        .findFirst();
  }

  /**
   * The canonical spelling: a complete name before one cut to an initial ("Leon Nunes" before "Leon
   * N"), then the spelling found in the most documents (a long chat log counts once), then the most
   * occurrences, then the longest, the most accented, and the alphabetically first.
   */
  private String canonical(Set<String> keys) {
    Map<String, Integer> docs = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    boolean anyFull = keys.stream().anyMatch(k -> clusters.forms.get(k).full());
    for (String k : keys) {
      PersonForm f = clusters.forms.get(k);
      if (f.full() || !anyFull) {
        f.surfaces.forEach((s, c) -> counts.merge(s, c, Integer::sum));
        f.surfaceDocs.forEach((s, d) -> docs.merge(s, d.size(), Integer::sum));
      }
    }
    return counts.keySet().stream()
        .max(
            Comparator.<String>comparingInt(s -> complete(s) ? 1 : 0)
                .thenComparingInt(docs::get)
                .thenComparingInt(counts::get)
                .thenComparingInt(String::length)
                .thenComparingInt(Names::accents)
                .thenComparing(Comparator.<String>reverseOrder()))
        .orElseThrow();
  }

  private static boolean complete(String surface) {
    List<String> t = Names.tokens(surface);
    return t.size() < 2 || (t.get(0).length() > 1 && t.get(t.size() - 1).length() > 1);
  }

  /**
   * Bare given names resolved in context ("Mark"), with the meetings whose attendee lists or
   * transcript headers name them.
   */
  Map<String, SortedSet<String>> listedBareNames() {
    Map<String, SortedSet<String>> out = new TreeMap<>();
    for (String key : clusters.contextual) {
      PersonForm f = clusters.forms.get(key);
      if (f == null || f.listedIn.isEmpty() || clusters.sets.members(key).size() > 1) continue;
      SortedSet<String> meetings = new TreeSet<>();
      for (String m : f.listedIn) meetings.add(m.replace(" (transcript header)", ""));
      out.put(key, meetings);
    }
    return out;
  }

  /**
   * Makes a bare given name a person of its own, named by its most frequent spelling, for the
   * meetings where no namesake explains it (decided by {@link Communities}). Not thread-safe:
   * called while the corpus is set up, before notes are resolved.
   */
  String ownPerson(String key) {
    String known = ownIdByKey.get(key);
    if (known != null) return known;
    PersonForm f = clusters.forms.get(key);
    String name = canonical(Set.of(key));
    String id = "person/" + Names.slug(name);
    String unique = id;
    for (int n = 2; !used.add(unique); n++) unique = id + "-" + n;
    ownIdByKey.put(key, unique);
    nameById.put(unique, name);
    documentsById.put(unique, new TreeSet<>(f.seenIn));
    return unique;
  }

  /** The person a name key belongs to, if it is not a bare given name. */
  Optional<String> idOfKey(String key) {
    if (key.isEmpty() || !clusters.sets.contains(key)) return Optional.empty();
    return Optional.ofNullable(idByRoot.get(clusters.sets.find(key)));
  }

  String name(String id) {
    return nameById.get(id);
  }

  /** Given names of a person's full forms ("tom" for Tom Sweeney). */
  SortedSet<String> givenNames(String id) {
    return givenById.getOrDefault(id, new TreeSet<>());
  }

  /** Every person's id, sorted. */
  java.util.Collection<String> ids() {
    return nameById.keySet();
  }

  /** The documents (notes) that name a person, sorted. */
  SortedSet<String> documents(String id) {
    return documentsById.getOrDefault(id, new TreeSet<>());
  }

  /** One-word handles of a person ("nikomatsakis"), normalised. */
  SortedSet<String> handles(String id) {
    return handlesById.getOrDefault(id, new TreeSet<>());
  }

  /** The full names (normalised tokens) a person was written with. */
  List<List<String>> fullNames(String id) {
    return fullNamesById.getOrDefault(id, List.of());
  }

  /** The rule by which one of a person's full names makes {@code handle}, or null. */
  String handleRule(String id, String handle) {
    for (List<String> tokens : fullNamesById.getOrDefault(id, List.of())) {
      String rule = HandleRules.derive(handle, tokens);
      if (rule != null) return rule;
    }
    return null;
  }

  void addLabel(String id, String surface) {
    extraLabels.computeIfAbsent(id, k -> new TreeSet<>()).add(surface);
  }

  /** Whether this form is the one the canonical name was taken from. */
  boolean canonicalSurface(String id, String surface) {
    return surface.equals(nameById.get(id));
  }

  List<Entity> entities(Map<String, SortedSet<String>> affiliations) {
    List<Entity> out = new ArrayList<>();
    for (var e : clusters.sets.sets().entrySet()) {
      String id = idByRoot.get(e.getKey());
      if (id == null && e.getValue().size() == 1) id = ownIdByKey.get(e.getValue().first());
      if (id == null) continue;
      SortedSet<String> labels = new TreeSet<>(extraLabels.getOrDefault(id, new TreeSet<>()));
      SortedSet<String> nicks = new TreeSet<>();
      SortedSet<String> orgs = new TreeSet<>(affiliations.getOrDefault(id, new TreeSet<String>()));
      boolean anyFull = e.getValue().stream().anyMatch(k -> clusters.forms.get(k).full());
      for (String k : e.getValue()) {
        PersonForm f = clusters.forms.get(k);
        nicks.addAll(f.handles);
        if (f.full() || !anyFull) labels.addAll(f.surfaces.keySet());
        else nicks.addAll(f.surfaces.keySet());
      }
      labels.remove(nameById.get(id));
      out.add(
          new Entity(
              id,
              EntityType.PERSON,
              nameById.get(id),
              labels,
              nicks,
              List.of(),
              null,
              null,
              orgs,
              null));
    }
    return out;
  }
}
