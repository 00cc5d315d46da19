package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrictMatchingTest {
  @Test
  void aSecondPredictionForTheSameGoldItemIsADuplicateFalsePositive() {
    var o = StrictMatching.match(List.of("ada"), List.of("ada", "ada", "bo"), String::equals);
    assertThat(o.score()).isEqualTo(new Score(1, 2, 0));
    assertThat(o.extra())
        .containsExactly(
            new StrictMatching.Extra<>("ada", true), new StrictMatching.Extra<>("bo", false));
  }

  @Test
  void theMatchingIsMaximalNotGreedy() {
    // "x" could take either gold item; taking "a" first must not leave "a" only for "y" unmatched.
    var o =
        StrictMatching.match(
            List.of("a", "b"),
            List.of("x", "y"),
            (g, p) -> p.equals("x") || (p.equals("y") && g.equals("a")));
    assertThat(o.score()).isEqualTo(new Score(2, 0, 0));
  }

  @Test
  void unmatchedGoldItemsAreFalseNegatives() {
    var o = StrictMatching.match(List.of("a", "b"), List.<String>of(), String::equals);
    assertThat(o.score()).isEqualTo(new Score(0, 0, 2));
    assertThat(o.missed()).containsExactly("a", "b");
  }
}
