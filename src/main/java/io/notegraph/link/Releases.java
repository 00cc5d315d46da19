package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.ListItem;
import io.notegraph.parse.SourceRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a linked corpus says about releases, read off its resolved VERSION ranges: the features each
 * version brings and the dates versions came out. Kept out of {@link LinkedCorpus} so that record's
 * signature stays as it is. Stateless; thread-safe.
 *
 * <pre>{@code
 * LinkedCorpus corpus = resolver.link(notes, diagnostics);
 * for (Feature f : Releases.features(corpus)) System.out.println(f.versionId() + ": " + f.text());
 * }</pre>
 */
public final class Releases {
  private static final Pattern RELEASED =
      Pattern.compile(
          "(?i)\\b(?:was|were|been|got|is|just) (?:just |now |finally )?released\\b"
              + "|\\b(?:came|is) out\\b|\\breleased (?:today|this morning)\\b");

  /** "came out a week ago", "will be released": not on the meeting's date. */
  private static final Pattern NOT_TODAY =
      Pattern.compile("(?i)\\b(?:ago|last|yesterday|tomorrow|later|will|next|soon|to be)\\b");

  private Releases() {}

  /**
   * Items labelled "...Features:" in a section whose title, else whose first versioned line, names
   * a version; in document order.
   */
  public static List<Feature> features(LinkedCorpus corpus) {
    List<Feature> out = new ArrayList<>();
    for (LinkedNote note : corpus.notes()) {
      List<Map.Entry<SourceRange, Entity>> versions = versions(note, corpus);
      if (versions.isEmpty()) continue;
      for (AgendaSection s : note.annotated().note().sections()) {
        Optional<Entity> version = versionOf(s, versions);
        if (version.isEmpty()) continue;
        for (ListItem item : s.items()) {
          if (item.label() != null && isFeatureLabel(item.label())) {
            out.add(
                new Feature(
                    version.get().id(),
                    version.get().project(),
                    item.text(),
                    item.range(),
                    note.annotated().document().name()));
          }
        }
      }
    }
    return out;
  }

  /** Versions said to be released at a meeting, with that meeting's date (earliest wins). */
  public static List<Release> releases(LinkedCorpus corpus) {
    Map<String, LocalDate> issued = new TreeMap<>();
    for (LinkedNote note : corpus.notes()) {
      String text = note.annotated().document().text();
      LocalDate date = note.annotated().note().time().date();
      for (var e : versions(note, corpus)) {
        String sentence = sentenceAt(text, e.getKey());
        if (mayTellARelease(sentence) && RELEASED.matcher(sentence).find()
            && !NOT_TODAY.matcher(sentence).find()) {
          issued.merge(e.getValue().id(), date, (a, b) -> a.isBefore(b) ? a : b);
        }
      }
    }
    return issued.entrySet().stream().map(e -> new Release(e.getKey(), e.getValue())).toList();
  }

  static boolean isFeatureLabel(String label) {
    String l = label.strip().replaceAll("[:*_\\s]+$", "").toLowerCase(Locale.ROOT);
    return l.endsWith("features") || l.endsWith("feature");
  }

  /**
   * Every alternative of {@link #RELEASED} contains "released" or " out": a sentence with neither
   * skips the regex (which tried every position of every sentence around a version: a third of
   * the rdf emission of the synthetic corpus).
   */
  private static boolean mayTellARelease(String sentence) {
    String l = sentence.toLowerCase(Locale.ROOT);
    return l.contains("released") || l.contains(" out");
  }

  /** The note's VERSION ranges and their entities, in document order; read once per note. */
  private static List<Map.Entry<SourceRange, Entity>> versions(LinkedNote note, LinkedCorpus c) {
    List<Map.Entry<SourceRange, Entity>> out = new ArrayList<>();
    for (var e : note.entityByRange().entrySet()) {
      Entity entity = c.entity(e.getValue());
      if (entity != null && entity.type() == EntityType.VERSION) out.add(Map.entry(e.getKey(), entity));
    }
    return out;
  }

  private static Optional<Entity> versionOf(
      AgendaSection s, List<Map.Entry<SourceRange, Entity>> versions) {
    Entity inTitle = null;
    Entity inBody = null;
    for (var e : versions) {
      Entity entity = e.getValue();
      if (s.titleRange() != null && within(e.getKey(), s.titleRange()) && inTitle == null) {
        inTitle = entity;
      } else if (s.range() != null && within(e.getKey(), s.range()) && inBody == null) {
        inBody = entity;
      }
    }
    return Optional.ofNullable(inTitle != null ? inTitle : inBody);
  }

  private static boolean within(SourceRange r, SourceRange outer) {
    return outer.begin() <= r.begin() && r.end() <= outer.end();
  }

  /** The sentence around a range, within its line (searches never leave the line). */
  private static String sentenceAt(String text, SourceRange r) {
    int start = text.lastIndexOf('\n', Math.max(0, r.begin() - 1)) + 1;
    int end = text.indexOf('\n', r.end());
    end = end < 0 ? text.length() : end;
    for (int i = Math.min(r.begin(), end - 2); i >= start; i--) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
        start = i + 2;
        break;
      }
    }
    for (int i = r.end(); i + 1 < end; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
        end = i;
        break;
      }
    }
    return text.substring(start, end);
  }
}
