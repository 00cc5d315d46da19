package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.diag.Diagnostics;
import io.notegraph.link.Entity;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.nlp.EnglishWords;
import io.notegraph.nlp.EntityType;
import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Pipeline;
import io.notegraph.pipeline.Sources;
import io.notegraph.testing.SharedCorpus;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People of a community whose notes name them by handle and first name (the non-frozen Rust
 * lang-team notes in ../shared/corpus): no code or heading becomes a person, and a person's first
 * name, handle and full name are one node.
 */
class RustPeopleIdentityTest {
  private static LinkedCorpus corpus;

  @BeforeAll
  static void extract() {
    Diagnostics diag = new Diagnostics();
    Pipeline p =
        Pipeline.builder().finder(Components.finder(false)).linker(Components.linker()).build();
    corpus = p.run(Sources.load(SharedCorpus.rustUnfrozen(), diag), diag, done -> {});
  }

  private static List<Entity> persons() {
    return corpus.entities().values().stream().filter(e -> e.type() == EntityType.PERSON).toList();
  }

  @Test
  void noPersonIsShapedLikeCodeOrAHeading() {
    Set<String> bad = new TreeSet<>();
    // "Josh Stone": a first word two person nodes share (Josh Triplett) is a first name.
    java.util.Map<String, Integer> firstWords = new java.util.TreeMap<>();
    for (Entity e : persons()) firstWords.merge(e.name().strip().split("\\s+")[0], 1, Integer::sum);
    Set<String> firstNames = new TreeSet<>();
    firstWords.forEach(
        (w, n) -> {
          if (n >= 2) firstNames.add(w);
        });
    for (Entity e : persons()) {
      String[] words = e.name().strip().split("\\s+");
      if (words.length < 2) continue;
      boolean lowerThenUpper =
          Character.isLowerCase(words[0].charAt(0))
              && Arrays.stream(words).skip(1).anyMatch(w -> Character.isUpperCase(w.charAt(0)));
      boolean allEnglish =
          !firstNames.contains(words[0])
              && Arrays.stream(words).allMatch(w -> w.length() == 1 || EnglishWords.contains(w));
      if (lowerThenUpper || allEnglish) bad.add(e.name());
    }
    assertThat(bad).as("person nodes shaped like code or a heading").isEmpty();
  }

  @Test
  void aFirstNameAndTheHandleThatHoldsItAreOnePerson() {
    assertSameEntity("Niko", "nikomatsakis");
    assertSameEntity("Josh Triplett", "joshtriplett", "Josh");
    assertSameEntity("scottmcm", "Scott");
  }

  private static void assertSameEntity(String... spellings) {
    Set<String> ids = new TreeSet<>();
    for (String s : spellings) {
      persons().stream()
          .filter(e -> e.name().equals(s) || e.altLabels().contains(s) || e.nicks().contains(s))
          .forEach(e -> ids.add(e.id()));
    }
    assertThat(ids).as(String.join(" / ", spellings)).hasSize(1);
  }
}
