package io.notegraph.link;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.Recognizer;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.pipeline.Pipeline;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One fictional note through the real stages (bundled gazetteer, patterns, no statistical model, so
 * deterministic) up to the linked corpus: the fixture the link-stage fact tests share.
 */
final class FictionalNoteLinker {
  private static final Pipeline PIPELINE =
      Pipeline.builder()
          .parallel(false)
          .finder(Recognizer.builder().withoutModel().build())
          .linker(IdentityResolver.builder().gazetteer(Gazetteer.fromClasspath()).build())
          .build();

  private FictionalNoteLinker() {}

  /** The note {@code text}, read as {@code podman-community/2031-03-05.md}. */
  static LinkedCorpus link(String text) {
    return link("podman-community/2031-03-05.md", text);
  }

  /** The note {@code text}, read as {@code name} (a corpus-relative path). */
  static LinkedCorpus link(String name, String text) {
    SourceDocument doc =
        new SourceDocument(
            name, URI.create("file:///notes/" + name), text, StandardCharsets.UTF_8, List.of());
    return PIPELINE.run(List.of(doc), new Diagnostics(), n -> {});
  }

  /** The ids of the people the corpus's notes resolve their ranges to. */
  static java.util.SortedSet<String> people(LinkedCorpus c) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (LinkedNote n : c.notes()) {
      n.entityByRange().values().stream().filter(id -> id.startsWith("person/")).forEach(out::add);
    }
    return out;
  }
}
