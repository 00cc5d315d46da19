package io.notegraph.link;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves note by note and gathers the {@link LinkedCorpus}: ranges to entity ids, entities, and
 * the first explanation of every (entity, surface form) pair. One run only: {@link #resolve} is
 * thread-safe, {@link #add} and {@link #corpus} are not.
 */
final class CorpusAssembler {
  private final People people;
  private final Things things;
  private final Versions versions;
  private final PersonClusters clusters;
  private final Nicknames nicknames;
  private final List<String> hosts;
  private final Communities communities;
  private final List<LinkedNote> notes = new ArrayList<>();
  private final Map<String, Explanation> explanations = new TreeMap<>();
  private final Map<String, String> ids = new ConcurrentHashMap<>();
  private final Map<String, java.util.SortedSet<String>> affiliations = new TreeMap<>();
  private final Map<String, Fact> affiliationFacts = new TreeMap<>();

  CorpusAssembler(
      People people,
      Things things,
      Versions versions,
      PersonClusters clusters,
      Nicknames nicknames,
      List<String> hosts) {
    this.people = people;
    this.things = things;
    this.versions = versions;
    this.clusters = clusters;
    this.nicknames = nicknames;
    this.hosts = hosts;
    this.communities = new Communities(people, nicknames);
  }

  /**
   * One note resolved but not yet recorded: its ranges' entity ids, and what resolving it must
   * record in the corpus-wide state, in the order the sequential resolver recorded it.
   */
  static final class Resolved {
    private final LinkedNote note;
    private final List<Runnable> effects;

    private Resolved(LinkedNote note, List<Runnable> effects) {
      this.note = note;
      this.effects = effects;
    }
  }

  /**
   * Resolves one note's names. Only reads the corpus-wide state, so notes may be resolved on
   * several threads at once; {@link #add(Resolved)} then records each, on one thread, in note
   * order, which keeps the result independent of the thread count.
   */
  Resolved resolve(AnnotatedNote note, List<Observation> observations, Diagnostics diagnostics) {
    String file = note.document().name();
    Map<SourceRange, String> byRange = new TreeMap<>();
    List<Runnable> effects = new ArrayList<>();
    var meeting =
        new MeetingResolver(people, nicknames, note.note(), observations, hosts, communities);
    Set<String> listed =
        Affiliations.listedEmployers(
            observations.stream()
                .filter(o -> o.name().organization() != null)
                .map(o -> new String[] {o.name().display(), o.name().organization()})
                .filter(distinctBy(nb -> nb[0].toLowerCase(java.util.Locale.ROOT)))
                .toList(),
            note.document().text());
    for (Observation o : observations) {
      Optional<MeetingResolver.Resolution> r = meeting.resolve(o);
      if (r.isEmpty()) {
        if (o.role().structural() && NameShape.truncatedLabel(o.name().display())) {
          String message =
              "label '"
                  + o.name().display()
                  + "' looks cut short and matches nobody at this meeting; dropped";
          effects.add(() -> diagnostics.warn(file, o.line(), message));
        } else if (o.role().structural() && !o.key().isEmpty()) {
          String message =
              "person '"
                  + o.name().display()
                  + "' left unresolved: no single match at this meeting";
          effects.add(() -> diagnostics.note(file, o.line(), message));
        }
        continue;
      }
      String id = canonical(r.get().id());
      byRange.put(o.range(), id);
      String surface = o.name().display();
      String reason = r.get().reason();
      if (reason == null) {
        reason = personReason(id, o);
      } else if (o.role() != Observation.Role.NOTE_TAKER) {
        effects.add(() -> people.addLabel(id, surface)); // a given name resolved in context too
      }
      String why = reason;
      effects.add(() -> explain(id, surface, why, file, o.line()));
      if (id.startsWith("person/")) {
        Affiliations.beside(things, o.name().organization(), note.document().text(), listed)
            .ifPresent(a -> effects.add(() -> affiliate(file, id, a, o.line())));
      }
    }
    for (var p : Affiliations.inProse(things, note.document().text(), note.mentions(), byRange)) {
      String id = byRange.get(p.person());
      effects.add(() -> affiliate(file, id, p.organization(), p.line()));
    }
    String said = note.document().text();
    for (var p :
        Affiliations.spoken(
            things,
            said,
            note.mentions(),
            byRange,
            Affiliations.turns(said, note.note(), byRange))) {
      String id = byRange.get(p.person());
      effects.add(() -> affiliate(file, id, p.organization(), p.line()));
    }
    for (var p :
        Affiliations.presented(
            things,
            note.document().text(),
            note.mentions(),
            note.note().sections(),
            note.note().segments(),
            byRange)) {
      String id = byRange.get(p.person());
      effects.add(() -> affiliate(file, id, p.organization(), p.line()));
    }
    for (var p : EmailAffiliations.find(things, note.document().text(), byRange)) {
      String id = byRange.get(p.person());
      effects.add(() -> affiliate(file, id, p.organization(), p.line()));
    }
    for (Mention m : note.mentions()) {
      if (m.type() != EntityType.PROJECT && m.type() != EntityType.ORGANIZATION) continue;
      (m.refersTo() != null
              ? things.identifyKnown(m.refersTo(), m.text())
              : Optional.<Things.Resolution>empty())
          .or(() -> things.identify(m.type(), m.text()))
          .ifPresent(
              t -> {
                byRange.putIfAbsent(m.range(), canonical(t.id()));
                effects.add(
                    () -> {
                      things.record(t);
                      String surface = m.text().strip();
                      String why = things.reason(t.id(), m.text());
                      explain(t.id(), surface, why, file, m.range().line());
                    });
              });
    }
    for (Versions.Hit h : versions.link(note, effects)) {
      byRange.putIfAbsent(h.range(), canonical(h.id()));
      effects.add(() -> explain(h.id(), h.surface(), h.reason(), file, h.range().line()));
    }
    return new Resolved(new LinkedNote(note, byRange), effects);
  }

  /**
   * One String per entity id across all notes: resolving makes a new one per name, and the linked
   * notes keep them (1.3 M at 100 times the corpus, for a few thousand ids).
   */
  private String canonical(String id) {
    String known = ids.putIfAbsent(id, id);
    return known == null ? id : known;
  }

  /** Records a note {@link #resolve} resolved; call in note order. */
  void add(Resolved resolved) {
    resolved.effects.forEach(Runnable::run);
    notes.add(resolved.note);
  }

  private String personReason(String id, Observation o) {
    String surface = o.name().display();
    if (people.canonicalSurface(id, surface)) {
      return "canonical name: the most frequent spelling of this person";
    }
    if (Names.normalise(surface).equals(Names.normalise(people.name(id)))) {
      return "same name as '" + people.name(id) + "' apart from case, accents and punctuation";
    }
    return clusters.reasons.getOrDefault(o.key(), "same form as '" + people.name(id) + "'");
  }

  /** Records an accepted affiliation: once per (document, person, organization), best rule. */
  private void affiliate(String file, String person, Affiliations.Accepted a, int line) {
    things.record(a.resolution());
    affiliations.computeIfAbsent(person, k -> new TreeSet<>()).add(a.id());
    affiliationFacts.merge(
        file + "\u0000" + person + "\u0000" + a.id(),
        new Fact(file, person, Fact.AFFILIATION, a.id(), a.confidence(), a.rule(), line),
        (old, now) -> now.confidence() > old.confidence() ? now : old);
  }

  private void explain(String id, String surface, String reason, String file, int line) {
    String key = id + "\u0000" + surface;
    Explanation old = explanations.get(key);
    if (old == null || (old.file().equals(file) && line < old.line())) {
      explanations.put(key, new Explanation(id, surface, reason, file, line));
    }
  }

  LinkedCorpus corpus() {
    Map<String, Entity> entities = new TreeMap<>();
    // Affiliations are only those an evidence rule accepted (Affiliations), in any note.
    for (Entity e : people.entities(affiliations)) {
      entities.put(e.id(), e);
    }
    entities.putAll(versions.entities());
    things.entities().forEach(entities::putIfAbsent);
    List<Fact> facts = new ArrayList<>(versions.facts());
    facts.addAll(affiliationFacts.values());
    return new LinkedCorpus(
        notes, new TreeMap<>(entities), List.copyOf(explanations.values()), facts);
  }

  /** Keeps the first element of each key: one person listed twice is one person. */
  private static <T> java.util.function.Predicate<T> distinctBy(
      java.util.function.Function<T, String> key) {
    Set<String> seen = new java.util.HashSet<>();
    return t -> seen.add(key.apply(t));
  }
}
