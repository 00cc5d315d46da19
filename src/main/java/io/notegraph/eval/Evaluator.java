package io.notegraph.eval;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.LineIndex;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.TextSegment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Score a {@link MentionFinder} against gold notes: exact span and type match per entity type and
 * micro overall; only gold mentions inside the note's segments count (a parser that leaves text out
 * is not charged for it). Relation scores (presenter of section, attendee of meeting) compare the
 * parsed note with the gold relation rows. Accumulates over notes; not thread-safe.
 *
 * <pre>{@code
 * Evaluator ev = new Evaluator(recognizer);
 * ev.add(gold, document, note);
 * ev.scores().get(EntityType.PERSON).f1();
 * }</pre>
 */
public final class Evaluator {
  /** A mistake: a false positive (found, not gold) or a false negative (gold, not found). */
  public record Error(
      String note, boolean falsePositive, EntityType type, int begin, int line, String text) {}

  private final MentionFinder finder;
  private final Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
  private Score presenters = new Score(0, 0, 0);
  private Score attendees = new Score(0, 0, 0);
  private final List<Error> errors = new ArrayList<>();

  public Evaluator(MentionFinder finder) {
    this.finder = finder;
    for (EntityType t : EntityType.values()) scores.put(t, new Score(0, 0, 0));
  }

  /** Score one note's mentions. */
  public void add(GoldNote gold, SourceDocument document, MeetingNote note) {
    List<Mention> found = finder.find(document, note);
    Set<String> goldKeys = new TreeSet<>();
    for (GoldNote.Span s : gold.mentions()) {
      if (covered(note, s.begin(), s.end())) goldKeys.add(key(s.type(), s.begin(), s.end()));
    }
    Set<String> foundKeys = new TreeSet<>();
    for (Mention m : found) {
      String k = key(m.type(), m.range().begin(), m.range().end());
      foundKeys.add(k);
      boolean hit = goldKeys.contains(k);
      bump(m.type(), hit ? 1 : 0, hit ? 0 : 1, 0);
      if (!hit) {
        errors.add(
            new Error(
                gold.noteFile(), true, m.type(), m.range().begin(), m.range().line(), m.text()));
      }
    }
    LineIndex lines = new LineIndex(document.text());
    for (GoldNote.Span s : gold.mentions()) {
      String k = key(s.type(), s.begin(), s.end());
      if (goldKeys.contains(k) && !foundKeys.contains(k)) {
        bump(s.type(), 0, 0, 1);
        errors.add(
            new Error(
                gold.noteFile(), false, s.type(), s.begin(), lines.lineOf(s.begin()), s.text()));
      }
    }
  }

  /** Score one parsed note's presenter and attendee relations. */
  public void addRelations(GoldNote gold, MeetingNote note) {
    Set<String> p = new TreeSet<>();
    for (AgendaSection s : note.sections()) {
      for (NameRef r : s.presenters()) p.add(GoldNote.relation(s.title(), r.name()));
    }
    presenters = presenters.plus(compare(new TreeSet<>(gold.presenters()), p));
    Set<String> a = new TreeSet<>();
    for (NameRef r : note.attendees()) a.add(GoldNote.normalize(r.name()));
    attendees = attendees.plus(compare(new TreeSet<>(gold.attendees()), a));
  }

  public Map<EntityType, Score> scores() {
    return Map.copyOf(scores);
  }

  public Score micro() {
    Score all = new Score(0, 0, 0);
    for (Score s : scores.values()) all = all.plus(s);
    return all;
  }

  public Score presenterScores() {
    return presenters;
  }

  public Score attendeeScores() {
    return attendees;
  }

  public List<Error> errors() {
    return List.copyOf(errors);
  }

  private static Score compare(Set<String> gold, Set<String> found) {
    int tp = 0;
    for (String f : found) if (gold.contains(f)) tp++;
    return new Score(tp, found.size() - tp, gold.size() - tp);
  }

  private void bump(EntityType t, int tp, int fp, int fn) {
    scores.put(t, scores.get(t).plus(new Score(tp, fp, fn)));
  }

  private static boolean covered(MeetingNote note, int b, int e) {
    for (TextSegment s : note.segments()) {
      if (s.range().begin() <= b && e <= s.range().end()) return true;
    }
    return false;
  }

  private static String key(EntityType t, int b, int e) {
    return String.format("%010d:%010d:%s", b, e, t);
  }
}
