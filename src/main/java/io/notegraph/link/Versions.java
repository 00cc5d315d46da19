package io.notegraph.link;

import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.SourceRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Release entities: each VERSION mention and each version in a section title becomes {@code
 * project/{slug}/version/{revision}} of the project named right before it, else of the project the
 * section's title names, else of the default project. One run only. {@link #link} only reads, so
 * notes may be linked on several threads; the effects it returns record what was found and must
 * run on one thread, in note order.
 */
final class Versions {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern MARKUP =
      java.util.regex.Pattern.compile("[*_`]");
  private static final java.util.regex.Pattern WORD_GAPS =
      java.util.regex.Pattern.compile("[\\s*_`\\[\\]()]+");

  /** Where a version was found and what it resolved to. */
  record Hit(SourceRange range, String id, String surface, String reason) {}

  private final Things things;
  private final String defaultProject;
  private final Map<String, String> projectOf = new TreeMap<>();
  private final Map<String, SortedMap<String, Integer>> surfaces = new TreeMap<>();

  Versions(Things things, String defaultProjectName) {
    this.things = things;
    this.defaultProject = defaultProjectName;
  }

  /**
   * Versions of one note: its VERSION mentions, then title versions no mention covers. What must
   * be recorded (project surfaces, release names) is added to {@code effects}, to run in order.
   */
  List<Hit> link(AnnotatedNote note, List<Runnable> effects) {
    String text = note.document().text();
    List<Hit> hits = new java.util.ArrayList<>();
    TreeSet<SourceRange> covered = new TreeSet<>();
    for (Mention m : note.mentions()) {
      if (m.type() != EntityType.VERSION) continue;
      Optional<VersionText.Found> f = VersionText.first(m.text());
      if (f.isEmpty()) continue;
      String named = m.text().substring(0, f.get().begin()).strip();
      String before = text.substring(lineStart(text, m.range().begin()), m.range().begin());
      AgendaSection s = section(note, m.sectionIndex());
      hits.add(hit(m.range(), m.text(), f.get().revision(), named, before, s, effects));
      covered.add(m.range());
    }
    for (AgendaSection s : note.note().sections()) {
      if (s.titleRange() == null) continue;
      Optional<VersionText.Found> f = VersionText.inTitle(s.title());
      if (f.isEmpty()) continue;
      String written = s.title().substring(f.get().begin(), f.get().end());
      int at = text.indexOf(written, s.titleRange().begin());
      if (at < 0 || at + written.length() > s.titleRange().end()) continue;
      SourceRange r = new SourceRange(s.titleRange().line(), at, at + written.length());
      if (covered.stream().anyMatch(c -> c.begin() <= r.begin() && r.end() <= c.end())) continue;
      String before = s.title().substring(0, f.get().begin());
      String word = f.get().prefixed() ? "" : lastWord(before);
      hits.add(hit(r, written, f.get().revision(), word, before, s, effects));
    }
    return hits;
  }

  /**
   * {@code named}: a project the version's own text names ("Fedora 36", "Ubuntu 22.04"), known or
   * not; {@code before}: the text before it, which counts only when it names a known project.
   */
  private Hit hit(
      SourceRange r,
      String surface,
      String rev,
      String named,
      String before,
      AgendaSection s,
      List<Runnable> effects) {
    String reason;
    Optional<Things.Resolution> project =
        named.isEmpty()
            ? Optional.empty()
            : things.identify(EntityType.PROJECT, MARKUP.matcher(named).replaceAll(""));
    if (project.isPresent()) {
      reason = "version of the project its text names";
    } else if ((project = projectBefore(before)).isPresent()) {
      reason = "version of the project named before it";
    } else if (s != null && (project = projectIn(s.title())).isPresent()) {
      reason = "version of the project the section title names";
    } else {
      project = things.identify(EntityType.PROJECT, defaultProject);
      reason = "version of the default project";
    }
    Things.Resolution p = project.get();
    String id = p.id() + "/version/" + rev;
    String stripped = surface.strip();
    effects.add(
        () -> {
          things.record(p);
          projectOf.put(id, p.id());
          surfaces.computeIfAbsent(id, k -> new TreeMap<>()).merge(stripped, 1, Integer::sum);
        });
    return new Hit(r, id, stripped, reason + " (revision " + rev + ")");
  }

  /** The last one to three words before the version, if they name a project. */
  private Optional<Things.Resolution> projectBefore(String before) {
    String[] words = WORD_GAPS.split(before.strip());
    for (int n = Math.min(3, words.length); n >= 1; n--) {
      String phrase = String.join(" ", List.of(words).subList(words.length - n, words.length));
      if (phrase.isBlank()) continue;
      var entry = things.gazetteer().lookup(phrase, EntityType.PROJECT);
      if (entry.isPresent() && entry.get().type() == EntityType.PROJECT) {
        return things.identify(EntityType.PROJECT, phrase);
      }
      if (n == 1 && Names.normalise(phrase).equals(Names.normalise(defaultProject))) {
        return things.identify(EntityType.PROJECT, phrase);
      }
    }
    return Optional.empty();
  }

  private Optional<Things.Resolution> projectIn(String title) {
    String[] words = WORD_GAPS.split(title.strip());
    for (int n = 3; n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String phrase = String.join(" ", List.of(words).subList(i, i + n));
        var entry = things.gazetteer().lookup(phrase, EntityType.PROJECT);
        if (entry.isPresent() && entry.get().type() == EntityType.PROJECT) {
          return things.identify(EntityType.PROJECT, phrase);
        }
      }
    }
    return Optional.empty();
  }

  private static AgendaSection section(AnnotatedNote note, int index) {
    return note.note().sections().stream().filter(s -> s.index() == index).findFirst().orElse(null);
  }

  private static String lastWord(String s) {
    String[] words = WORD_GAPS.split(s.strip());
    return words.length == 0 ? "" : words[words.length - 1];
  }

  private static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  }

  Map<String, Entity> entities() {
    Map<String, Entity> out = new TreeMap<>();
    for (var e : projectOf.entrySet()) {
      String rev = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      String name = things.name(e.getValue()) + " " + rev;
      var alt = new TreeSet<>(surfaces.get(e.getKey()).keySet());
      alt.remove(name);
      out.put(
          e.getKey(),
          new Entity(
              e.getKey(),
              EntityType.VERSION,
              name,
              alt,
              new TreeSet<>(),
              List.of(),
              null,
              null,
              new TreeSet<>(),
              e.getValue()));
    }
    return out;
  }
}
