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
 * section's title names, else of the default project. One run only; not thread-safe.
 */
final class Versions {
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

  /** Versions of one note: its VERSION mentions, then title versions no mention covers. */
  List<Hit> link(AnnotatedNote note) {
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
      hits.add(hit(m.range(), m.text(), f.get().revision(), named, before, s));
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
      hits.add(hit(r, written, f.get().revision(), word, before, s));
    }
    return hits;
  }

  /**
   * {@code named}: a project the version's own text names ("Fedora 36", "Ubuntu 22.04"), known or
   * not; {@code before}: the text before it, which counts only when it names a known project.
   */
  private Hit hit(
      SourceRange r, String surface, String rev, String named, String before, AgendaSection s) {
    String reason;
    Optional<String> project =
        named.isEmpty()
            ? Optional.empty()
            : things.resolve(EntityType.PROJECT, named.replaceAll("[*_`]", ""));
    if (project.isPresent()) {
      reason = "version of the project its text names";
    } else if ((project = projectBefore(before)).isPresent()) {
      reason = "version of the project named before it";
    } else if (s != null && (project = projectIn(s.title())).isPresent()) {
      reason = "version of the project the section title names";
    } else {
      project = things.resolve(EntityType.PROJECT, defaultProject);
      reason = "version of the default project";
    }
    String id = project.get() + "/version/" + rev;
    projectOf.put(id, project.get());
    surfaces.computeIfAbsent(id, k -> new TreeMap<>()).merge(surface.strip(), 1, Integer::sum);
    return new Hit(r, id, surface.strip(), reason + " (revision " + rev + ")");
  }

  /** The last one to three words before the version, if they name a project. */
  private Optional<String> projectBefore(String before) {
    String[] words = before.strip().split("[\\s*_`\\[\\]()]+");
    for (int n = Math.min(3, words.length); n >= 1; n--) {
      String phrase = String.join(" ", List.of(words).subList(words.length - n, words.length));
      if (phrase.isBlank()) continue;
      var entry = things.gazetteer().lookup(phrase, EntityType.PROJECT);
      if (entry.isPresent() && entry.get().type() == EntityType.PROJECT) {
        return things.resolve(EntityType.PROJECT, phrase);
      }
      if (n == 1 && Names.normalise(phrase).equals(Names.normalise(defaultProject))) {
        return things.resolve(EntityType.PROJECT, phrase);
      }
    }
    return Optional.empty();
  }

  private Optional<String> projectIn(String title) {
    String[] words = title.strip().split("[\\s*_`\\[\\]()]+");
    for (int n = 3; n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String phrase = String.join(" ", List.of(words).subList(i, i + n));
        var entry = things.gazetteer().lookup(phrase, EntityType.PROJECT);
        if (entry.isPresent() && entry.get().type() == EntityType.PROJECT) {
          return things.resolve(EntityType.PROJECT, phrase);
        }
      }
    }
    return Optional.empty();
  }

  private static AgendaSection section(AnnotatedNote note, int index) {
    return note.note().sections().stream().filter(s -> s.index() == index).findFirst().orElse(null);
  }

  private static String lastWord(String s) {
    String[] words = s.strip().split("[\\s*_`\\[\\]()]+");
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
