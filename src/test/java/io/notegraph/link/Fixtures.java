package io.notegraph.link;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.SourceRange;
import java.util.ArrayList;
import java.util.List;

/** Tiny notes with fictional people, and one-line helpers to link them. */
final class Fixtures {
  private Fixtures() {}

  static AnnotatedNote note(String name, String markdown) {
    return MiniParser.parse(name, markdown, List.of());
  }

  /** The note with one more mention of the {@code nth} (0-based) occurrence of {@code text}. */
  static AnnotatedNote mention(
      AnnotatedNote note, EntityType type, String text, int nth, int section) {
    String doc = note.document().text();
    int at = -1;
    for (int i = 0; i <= nth; i++) at = doc.indexOf(text, at + 1);
    if (at < 0) throw new IllegalArgumentException("not in the note: " + text);
    int line = (int) doc.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    var m =
        new Mention(
            type, text, new SourceRange(line, at, at + text.length()), 1.0, "test", section);
    List<Mention> all = new ArrayList<>(note.mentions());
    all.add(m);
    return new AnnotatedNote(note.document(), note.note(), all);
  }

  static SourceRange rangeOf(AnnotatedNote note, String text, int nth) {
    String doc = note.document().text();
    int at = -1;
    for (int i = 0; i <= nth; i++) at = doc.indexOf(text, at + 1);
    int line = (int) doc.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return new SourceRange(line, at, at + text.length());
  }

  /** A note that lists {@code names} as its attendees, one note per call. */
  static AnnotatedNote attendees(String file, String... names) {
    return note(file, "# Meeting\n\n### Attendees\n" + String.join(", ", names) + "\n");
  }

  static LinkedCorpus link(AnnotatedNote... notes) {
    return link(IdentityResolver.builder().build(), new Diagnostics(), notes);
  }

  static LinkedCorpus link(IdentityResolver r, Diagnostics d, AnnotatedNote... notes) {
    return r.link(List.of(notes), d);
  }

  /** The entity id of the first {@code length} characters of {@code context} in {@code file}. */
  static String idAtStartOf(LinkedCorpus corpus, String file, String context, int length) {
    LinkedNote n =
        corpus.notes().stream()
            .filter(x -> x.annotated().document().name().equals(file))
            .findFirst()
            .orElseThrow();
    SourceRange r = rangeOf(n.annotated(), context, 0);
    return n.entityAt(new SourceRange(r.line(), r.begin(), r.begin() + length)).orElse(null);
  }

  /** The entity id the {@code nth} occurrence of {@code text} in {@code file} resolved to. */
  static String idAt(LinkedCorpus corpus, String file, String text, int nth) {
    LinkedNote n =
        corpus.notes().stream()
            .filter(x -> x.annotated().document().name().equals(file))
            .findFirst()
            .orElseThrow();
    return n.entityAt(rangeOf(n.annotated(), text, nth)).orElse(null);
  }
}
