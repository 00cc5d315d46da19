package io.notegraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Hand-made truth clusters ({@code link/podman-people-truth.tsv}) and how a linked corpus fares
 * against them: person nodes, residual duplicates (a human split over several nodes) and wrong
 * merges (a node holding several humans).
 */
final class TruthTable {
  final Map<String, Integer> humanBySpelling = new TreeMap<>();
  final List<String> humans = new ArrayList<>();

  static TruthTable load(String resource) {
    TruthTable t = new TruthTable();
    var in = TruthTable.class.getResourceAsStream(resource);
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] spellings = line.split("\t");
        for (String s : spellings) t.humanBySpelling.put(s, t.humans.size());
        t.humans.add(spellings[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /** The figures for one corpus and one entity type prefix ("person/"). */
  record Score(
      int nodes,
      int humansSeen,
      int residualDuplicates,
      int wrongMerges,
      SortedMap<String, SortedSet<String>> splits,
      SortedMap<String, SortedSet<String>> merges,
      SortedSet<String> unlisted,
      SortedSet<String> unseen) {}

  Score score(LinkedCorpus corpus) {
    SortedMap<Integer, SortedSet<String>> entitiesOfHuman = new TreeMap<>();
    SortedMap<String, SortedSet<Integer>> humansOfEntity = new TreeMap<>();
    SortedSet<String> unlisted = new TreeSet<>();
    for (Explanation x : corpus.explanations()) {
      if (x.entityId().startsWith("person/"))
        note(x.entityId(), x.surface(), entitiesOfHuman, humansOfEntity, unlisted);
    }
    for (Entity e : corpus.entities().values()) {
      if (!e.id().startsWith("person/")) continue;
      for (String nick : e.nicks()) note(e.id(), nick, entitiesOfHuman, humansOfEntity, unlisted);
    }
    SortedMap<String, SortedSet<String>> splits = new TreeMap<>();
    int dup = 0;
    for (var e : entitiesOfHuman.entrySet()) {
      if (e.getValue().size() > 1) splits.put(humans.get(e.getKey()), e.getValue());
      dup += e.getValue().size() - 1;
    }
    SortedMap<String, SortedSet<String>> merges = new TreeMap<>();
    int wrong = 0;
    for (var e : humansOfEntity.entrySet()) {
      if (e.getValue().size() > 1) {
        SortedSet<String> names = new TreeSet<>();
        e.getValue().forEach(h -> names.add(humans.get(h)));
        merges.put(e.getKey(), names);
      }
      wrong += e.getValue().size() - 1;
    }
    long nodes = corpus.entities().keySet().stream().filter(id -> id.startsWith("person/")).count();
    SortedSet<String> unseen = new TreeSet<>();
    for (int h = 0; h < humans.size(); h++) {
      if (!entitiesOfHuman.containsKey(h)) unseen.add(humans.get(h));
    }
    return new Score(
        (int) nodes, entitiesOfHuman.size(), dup, wrong, splits, merges, unlisted, unseen);
  }

  private void note(
      String id,
      String surface,
      Map<Integer, SortedSet<String>> entitiesOfHuman,
      Map<String, SortedSet<Integer>> humansOfEntity,
      Set<String> unlisted) {
    Integer h = humanBySpelling.get(surface);
    if (h == null) {
      unlisted.add(surface);
      return;
    }
    entitiesOfHuman.computeIfAbsent(h, k -> new TreeSet<>()).add(id);
    humansOfEntity.computeIfAbsent(id, k -> new TreeSet<>()).add(h);
  }
}
