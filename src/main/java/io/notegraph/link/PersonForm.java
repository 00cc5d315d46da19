package io.notegraph.link;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything seen under one name key across the corpus: how it was spelled, where, and in which
 * meetings it was listed. Mutable while observations are added; one resolution run only.
 */
final class PersonForm {
  final String key;
  final List<String> tokens;
  final SortedMap<String, Integer> surfaces = new TreeMap<>();

  /** Documents each spelling appears in: a long chat log or transcript counts once. */
  final SortedMap<String, SortedSet<String>> surfaceDocs = new TreeMap<>();

  final SortedSet<String> handles = new TreeSet<>();
  final SortedSet<String> organizations = new TreeSet<>();
  final SortedSet<String> listedIn = new TreeSet<>();
  final SortedSet<String> seenIn = new TreeSet<>();
  int structural;
  int named;
  int certain;
  Observation first;

  PersonForm(String key) {
    this.key = key;
    this.tokens = List.of(key.split(" "));
  }

  void add(Observation o) {
    surfaces.merge(o.name().display(), 1, Integer::sum);
    surfaceDocs.computeIfAbsent(o.name().display(), k -> new TreeSet<>()).add(o.meeting());
    if (o.name().handle() != null) handles.add(Names.normalise(o.name().handle()));
    // a nickname in quotes is what the others call them: a bare "Pree" is the same person
    if (o.name().nickname() != null) handles.add(Names.normalise(o.name().nickname()));
    if (o.name().organization() != null) organizations.add(o.name().organization());
    // Two spellings in one list are two people; the same person in a meeting's attendee list and
    // in its transcript header is one person listed twice, so each list counts on its own.
    if (o.role() == Observation.Role.LISTED) listedIn.add(o.meeting());
    if (o.role() == Observation.Role.HEADER) listedIn.add(o.meeting() + " (transcript header)");
    seenIn.add(o.meeting());
    if (o.role().structural()) structural++;
    if (o.role() == Observation.Role.NAMED) named++;
    if (o.certain()) certain++;
    if (first == null || before(o, first)) first = o;
  }

  private static boolean before(Observation a, Observation b) {
    int c = a.meeting().compareTo(b.meeting());
    return c != 0 ? c < 0 : a.range().compareTo(b.range()) < 0;
  }

  boolean full() {
    return tokens.size() >= 2;
  }

  int count() {
    return surfaces.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Meetings that list both forms in their attendee list. */
  SortedSet<String> coListed(PersonForm other) {
    SortedSet<String> both = new TreeSet<>(listedIn);
    both.retainAll(other.listedIn);
    return both;
  }

  /** Meetings where both forms appear, not both in the attendee list. */
  SortedSet<String> coSeen(PersonForm other) {
    SortedSet<String> both = new TreeSet<>(seenIn);
    both.retainAll(other.seenIn);
    both.removeAll(coListed(other));
    return both;
  }

  static Map<String, PersonForm> index(List<Observation> observations) {
    Map<String, PersonForm> forms = new TreeMap<>();
    for (Observation o : observations) {
      String key = o.key();
      if (!key.isEmpty()) forms.computeIfAbsent(key, PersonForm::new).add(o);
    }
    return forms;
  }
}
