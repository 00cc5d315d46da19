package io.notegraph.link;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.SourceRange;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The simplest {@link Linker}: one entity per distinct slug of a name, no aliases. A baseline for
 * tests and the bench, and what {@code --no-resolve} uses. Stateless.
 */
public final class ExactNameLinker implements Linker {
  private static final Set<String> NOTE_TAKER = Set.of("me", "you");

  @Override
  public LinkedCorpus link(List<AnnotatedNote> notes, Diagnostics diagnostics) {
    Map<String, Entity> entities = new TreeMap<>();
    Map<String, Set<String>> labels = new TreeMap<>();
    List<LinkedNote> linked = new java.util.ArrayList<>();
    for (AnnotatedNote a : notes) {
      Map<SourceRange, String> ids = new TreeMap<>();
      for (NameRef n : a.note().nameRefs()) {
        if (NOTE_TAKER.contains(n.name().toLowerCase(java.util.Locale.ROOT))) continue;
        String id = "person/" + Slug.of(n.name());
        ids.put(n.range(), id);
        labels.computeIfAbsent(id, k -> new TreeSet<>()).add(n.name());
        entities.putIfAbsent(id, entity(id, EntityType.PERSON, n.name()));
      }
      for (Mention m : a.mentions()) {
        String prefix =
            switch (m.type()) {
              case PERSON -> "person/";
              case PROJECT -> "project/";
              case ORGANIZATION -> "organization/";
              default -> null;
            };
        if (prefix == null) continue;
        String id = prefix + Slug.of(m.text());
        ids.putIfAbsent(m.range(), id);
        entities.putIfAbsent(id, entity(id, m.type(), m.text()));
      }
      linked.add(new LinkedNote(a, ids));
    }
    return LinkedCorpus.of(linked, entities);
  }

  private static Entity entity(String id, EntityType type, String name) {
    return new Entity(
        id,
        type,
        name,
        new TreeSet<>(),
        new TreeSet<>(),
        List.of(),
        null,
        null,
        new TreeSet<>(),
        null);
  }
}
