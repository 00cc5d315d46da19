package io.notegraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Groups the corpus's name forms into people, globally: overrides first, then shared handles, then
 * pairs of full names scored above the threshold (best first), then bare handles made from a full
 * name. Bare given names ("Tom") are left to {@link ContextResolver}. Deterministic: forms and
 * candidate pairs are sorted before any decision. One run only; not thread-safe.
 */
final class PersonClusters {
  /** Co-listed in one attendee list: probably two people, unless the names are near-identical. */
  static final double CO_LISTED_PENALTY = 0.1;

  /** Seen at one meeting but never listed together: one wrote the name in two ways. */
  static final double CO_SEEN_BONUS = 0.05;

  private record Edge(String a, String b, double score, String reason) {}

  final Map<String, PersonForm> forms;
  final UnionFind sets = new UnionFind();

  /** Why each form joined its set (absent for the form that started it). */
  final Map<String, String> reasons = new TreeMap<>();

  /** Bare given names, and handles several people's names make, resolved per meeting. */
  final Set<String> contextual = new TreeSet<>();

  private final NameSimilarity similarity;
  private final IdentityOverrides overrides;
  private final double threshold;

  PersonClusters(
      Map<String, PersonForm> forms,
      NameSimilarity similarity,
      IdentityOverrides overrides,
      double threshold) {
    this.forms = forms;
    this.similarity = similarity;
    this.overrides = overrides;
    this.threshold = threshold;
  }

  Nicknames nicknames() {
    return similarity.nicknames();
  }

  PersonClusters build() {
    forms.keySet().forEach(sets::add);
    applyOverrides();
    mergeSharedHandles();
    mergeSimilarNames();
    attachBareNames();
    sets.compress(); // from here on the sets are only read, by one thread per note
    return this;
  }

  private void applyOverrides() {
    for (IdentityOverrides.Group g : overrides.groups()) {
      List<String> members =
          forms.keySet().stream().filter(k -> g.keys().contains(squash(k))).toList();
      for (int i = 1; i < members.size(); i++) {
        join(members.get(0), members.get(i), "override in ontology/identity.ttl");
      }
    }
  }

  private void mergeSharedHandles() {
    Map<String, String> byHandle = new TreeMap<>();
    for (PersonForm f : forms.values()) {
      for (String h : f.handles) {
        String other = byHandle.putIfAbsent(h, f.key);
        if (other != null) join(other, f.key, "same handle (" + h + ") given beside both");
        if (forms.containsKey(h) && !forbidden(h, f.key)) {
          join(f.key, h, "handle (" + h + ") given beside '" + f.first.name().display() + "'");
        }
      }
    }
  }

  private void mergeSimilarNames() {
    List<PersonForm> full = forms.values().stream().filter(PersonForm::full).toList();
    // Scoring a pair only reads the forms, so rows are scored in parallel; the sort below puts
    // the edges in one total order whatever the thread count.
    List<Edge> edges =
        new ArrayList<>(
            IntStream.range(0, full.size())
                .parallel()
                .boxed()
                .flatMap(
                    i -> {
                      List<Edge> row = new ArrayList<>();
                      for (int j = i + 1; j < full.size(); j++) {
                        Edge e = edge(full.get(i), full.get(j));
                        if (e != null) row.add(e);
                      }
                      return row.stream();
                    })
                .toList());
    edges.sort(
        Comparator.comparingDouble(Edge::score)
            .reversed()
            .thenComparing(Edge::a)
            .thenComparing(Edge::b));
    for (Edge e : edges) {
      if (!sets.find(e.a()).equals(sets.find(e.b())) && !forbidden(e.a(), e.b())) {
        join(e.a(), e.b(), e.reason());
      }
    }
  }

  private Edge edge(PersonForm a, PersonForm b) {
    NameSimilarity.Score s = similarity.score(a.tokens, b.tokens);
    if (s.value() == 0) return null;
    double score = s.value();
    String reason = s.reason();
    var coListed = a.coListed(b);
    var coSeen = a.coSeen(b);
    if (!coListed.isEmpty()) {
      score -= CO_LISTED_PENALTY;
      reason += ", yet both listed in " + coListed.first();
    } else if (!coSeen.isEmpty()) {
      score = Math.min(1.0, score + CO_SEEN_BONUS);
      reason += ", both at " + coSeen.first() + " and never listed together";
    }
    if (s.needsMeeting() && coListed.isEmpty() && coSeen.isEmpty()) return null;
    if (score < threshold) return null;
    return new Edge(
        a.key, b.key, score, String.format(Locale.ROOT, "%s (score %.2f)", reason, score));
  }

  /** Bare one-word names: a handle made from a full name, a given name, or someone of their own. */
  private void attachBareNames() {
    Set<String> givenNames = givenNames();
    Map<String, List<PersonForm>> byHandle = handleCandidates();
    for (PersonForm f : forms.values()) {
      if (f.full() || sets.members(f.key).size() > 1) continue;
      String word = f.key;
      if (isGivenName(word, givenNames) || misspelledGivenName(f)) {
        contextual.add(word);
        continue;
      }
      TreeSet<String> roots = new TreeSet<>();
      String rule = null;
      for (PersonForm g : byHandle.getOrDefault(word, List.of())) {
        String r = HandleRules.derive(word, g.tokens);
        if (r != null && roots.add(sets.find(g.key)) && rule == null)
          rule = r + " of '" + g.key + "'";
      }
      if (roots.size() == 1 && !forbidden(word, roots.first())) {
        join(roots.first(), word, "handle made from the name: " + rule);
      } else if (roots.size() > 1) {
        contextual.add(word); // "jsmith" with a John and a Jane Smith: decided per meeting
      } else if (!joinNameWithSuffix(f)) {
        joinHandleContaining(f);
      }
    }
  }

  /** A handle that is one full name run together and more ("tomsweeneyredhat"), if only one. */
  private boolean joinNameWithSuffix(PersonForm handle) {
    TreeSet<String> roots = new TreeSet<>();
    String rule = null;
    for (PersonForm g : forms.values()) {
      if (!g.full()) continue;
      String r = HandleRules.derive(handle.key, g.tokens);
      if (r != null && roots.add(sets.find(g.key)) && rule == null)
        rule = r + " of '" + g.key + "'";
    }
    if (roots.size() != 1 || forbidden(handle.key, roots.first())) return false;
    join(roots.first(), handle.key, "handle made from the name: " + rule);
    return true;
  }

  /**
   * A bare name that starts or ends one handle ("niko" in "nikomatsakis", "felix" in "pnkfelix") is
   * that handle's person when both are seen at one meeting and no other such handle is: the
   * corpus's second signal for a name alone.
   */
  private void joinHandleContaining(PersonForm name) {
    String word = name.key;
    if (word.length() < 3 || word.contains(" ")) return;
    TreeSet<String> roots = new TreeSet<>();
    String example = null;
    for (PersonForm h : forms.values()) {
      if (h.full() || h == name || !HandleRules.contains(h.key, word) || !handleLike(h)) continue;
      SortedSet<String> both = new TreeSet<>(h.seenIn);
      both.retainAll(name.seenIn);
      if (both.isEmpty()) continue;
      if (roots.add(sets.find(h.key)) && example == null) {
        example = "'" + word + "' is part of the handle '" + h.key + "', both at " + both.first();
      }
    }
    if (roots.size() == 1 && !forbidden(word, roots.first())) join(roots.first(), word, example);
  }

  /** Written in lower case or with digits somewhere: a handle, not a name. */
  static boolean handleLike(PersonForm f) {
    return f.surfaces.keySet().stream()
        .anyMatch(
            s -> s.equals(s.toLowerCase(Locale.ROOT)) || s.chars().anyMatch(Character::isDigit));
  }

  /**
   * A bare word one letter off the given name of someone at the same meeting ("Urvashii" where
   * Urvashi Mohnani is): a typo, resolved per meeting like the given name itself.
   */
  private boolean misspelledGivenName(PersonForm f) {
    if (f.key.length() < 5) return false;
    for (PersonForm g : forms.values()) {
      if (!g.full() || !NameSimilarity.oneTypo(f.key, g.tokens.get(0))) continue;
      for (String m : f.seenIn) if (g.seenIn.contains(m)) return true;
    }
    return false;
  }

  /** The given names of all full forms. */
  private Set<String> givenNames() {
    Set<String> given = new HashSet<>();
    for (PersonForm g : forms.values()) if (g.full()) given.add(g.tokens.get(0));
    return given;
  }

  /** Whether {@code word} is, or is a nickname of, the given name of some full form. */
  private boolean isGivenName(String word, Set<String> givenNames) {
    if (givenNames.contains(word)) return true;
    for (String nick : similarity.nicknames().equivalents(word)) {
      if (givenNames.contains(nick)) return true; // nicknames are symmetric
    }
    return false;
  }

  /**
   * For every handle {@link HandleRules} could derive from some full form, those forms in key
   * order: each form makes a handful of handles, so each bare word looks up its few candidates
   * instead of trying every form (quadratic in the number of forms).
   */
  private Map<String, List<PersonForm>> handleCandidates() {
    Map<String, List<PersonForm>> out = new HashMap<>();
    for (PersonForm g : forms.values()) {
      if (!g.full()) continue;
      Set<String> made = new LinkedHashSet<>();
      List<String> t = g.tokens;
      String first = t.get(0);
      String last = t.get(t.size() - 1);
      StringBuilder initials = new StringBuilder();
      for (String x : t.subList(0, t.size() - 1)) initials.append(x.charAt(0));
      made.add(last);
      made.add(first + last);
      made.add(first.charAt(0) + last);
      made.add(initials + last);
      made.add(first + last.charAt(0));
      for (int k = 5; k <= last.length(); k++) made.add(first.charAt(0) + last.substring(0, k));
      for (String h : made) out.computeIfAbsent(h, k -> new ArrayList<>()).add(g);
    }
    return out;
  }

  private void join(String a, String b, String reason) {
    String ra = sets.find(a);
    String rb = sets.find(b);
    if (ra.equals(rb)) return;
    reasons.putIfAbsent(b, reason + "; joined '" + a + "'");
    reasons.putIfAbsent(a, reason + "; joined '" + b + "'");
    sets.union(a, b);
  }

  /** An override forbids any member of one set to be the same as any member of the other. */
  private boolean forbidden(String a, String b) {
    if (overrides.apart().isEmpty()) return false;
    for (String x : sets.members(a)) {
      for (String y : sets.members(b)) {
        if (overrides.forbidden(squash(x), squash(y))) return true;
      }
    }
    return false;
  }

  static String squash(String key) {
    return key.replace(" ", "");
  }
}
