package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResolverTest {
  private static final String[] FINDERS = {
    Recognizer.STRUCTURE, Recognizer.GAZETTEER, Recognizer.PATTERN, "model"
  };

  @Test
  void theLongerSpanWinsAndSurvivorsComeBackInTextOrder() {
    Candidate name = new Candidate(EntityType.PERSON, 10, 22, 1, "model");
    Candidate first = new Candidate(EntityType.PROJECT, 10, 15, 1, Recognizer.GAZETTEER);
    Candidate later = new Candidate(EntityType.PROJECT, 30, 36, 1, Recognizer.GAZETTEER);
    Candidate early = new Candidate(EntityType.VERSION, 0, 4, 1, Recognizer.PATTERN);

    assertThat(Resolver.resolve(List.of(later, first, name, early)))
        .containsExactly(early, name, later);
  }

  @Test
  void keepsWhatComparingWithEveryKeptSpanKeeps() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        int begin = random.nextInt(200);
        int end = begin + random.nextInt(12);
        EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
        candidates.add(new Candidate(type, begin, end, 1, FINDERS[random.nextInt(4)]));
      }
      assertThat(Resolver.resolve(candidates)).isEqualTo(byScanningEveryKeptSpan(candidates));
    }
  }

  /** The rule written out plainly (quadratic): a candidate is kept if it overlaps none kept. */
  private static List<Candidate> byScanningEveryKeptSpan(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        (a, b) -> {
          int c = Integer.compare(b.length(), a.length());
          if (c == 0) c = Integer.compare(a.rank(), b.rank());
          if (c == 0) c = Integer.compare(a.begin(), b.begin());
          return c != 0 ? c : a.type().compareTo(b.type());
        });
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      if (c.length() > 0 && kept.stream().noneMatch(k -> k.overlaps(c))) kept.add(c);
    }
    kept.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return kept;
  }
}
