package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.link.Entity;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.nlp.EntityType;
import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Pipeline;
import io.notegraph.pipeline.Sources;
import io.notegraph.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole real corpus (the old Podman notes, the seeds and the non-frozen 2023-2024 notes)
 * through the pipeline extract uses: one person node per real human, as established by hand in
 * src/test/resources/link/podman-people-truth.tsv.
 */
class CorpusIdentityTest {
  private static LinkedCorpus corpus;

  @BeforeAll
  static void extract() {
    Diagnostics diag = new Diagnostics();
    List<Path> inputs =
        new java.util.ArrayList<>(List.of(SharedCorpus.podman(), SharedCorpus.seeds()));
    inputs.addAll(SharedCorpus.podman2023Unfrozen());
    Pipeline p =
        Pipeline.builder().finder(Components.finder(false)).linker(Components.linker()).build();
    corpus = p.run(Sources.load(inputs, diag), diag, done -> {});
  }

  @Test
  void everyRealHumanIsExactlyOnePersonNodeAndThereAreNoOthers() throws IOException {
    List<List<String>> truth =
        Files.readAllLines(Path.of("src/test/resources/link/podman-people-truth.tsv")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> List.of(l.split("\t")))
            .toList();
    Map<String, String> humanOfSpelling = new TreeMap<>();
    for (List<String> row : truth) {
      for (String s : row) humanOfSpelling.put(s.strip().toLowerCase(Locale.ROOT), row.get(0));
    }
    Map<String, Set<String>> nodesOfHuman = new TreeMap<>();
    Set<String> unknown = new TreeSet<>();
    for (Entity e : corpus.entities().values()) {
      if (e.type() != EntityType.PERSON) continue;
      String human = humanOfSpelling.get(e.name().toLowerCase(Locale.ROOT));
      if (human == null) unknown.add(e.name());
      else nodesOfHuman.computeIfAbsent(human, k -> new TreeSet<>()).add(e.id());
    }
    assertThat(unknown).as("person nodes that are no real human").isEmpty();
    assertThat(nodesOfHuman)
        .as("humans split over several nodes")
        .allSatisfy((human, nodes) -> assertThat(nodes).hasSize(1));
    assertThat(nodesOfHuman).hasSize(truth.size());
  }

  @Test
  void theNamedSpellingsResolveTogether() {
    assertSameEntity("Anders Björklund", "Anders Bjorklund", "Anders F Björklund", "afbjorklund");
    assertSameEntity("Faisal Razzak", "Falsal Rzzzak");
    assertSameEntity("Dan Walsh", "Daniel Walsh", "rhatdan");
    assertSameEntity("Eduardo Santiago", "Ed Santiago Munoz", "Ed Santaigo");
    assertSameEntity("Lokesh Mandvekar", "Lokesh Mand");
    assertSameEntity("Brent Baude", "baude");
  }

  private static void assertSameEntity(String... spellings) {
    Set<String> ids = new TreeSet<>();
    for (String s : spellings) {
      corpus.entities().values().stream()
          .filter(e -> e.type() == EntityType.PERSON)
          .filter(e -> e.name().equals(s) || e.altLabels().contains(s) || e.nicks().contains(s))
          .forEach(e -> ids.add(e.id()));
    }
    assertThat(ids).as(String.join(" / ", spellings)).hasSize(1);
  }
}
