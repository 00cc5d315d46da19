package io.notegraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What --errors prints of a release or a feature is the same from one run to the next. */
class NoteFactsTest {
  @Test
  void aVersionsProjectNamesAreKeptSorted() {
    var v =
        new NoteFacts.VersionRef(
            "v",
            Set.of("sprocket", "Sprocket", "Sprokket", "sprocket-cli"),
            "4.2",
            Optional.empty());
    assertThat(v.projectNames())
        .containsExactly("Sprocket", "Sprokket", "sprocket", "sprocket-cli");
    var f = new NoteFacts.FeatureRef("f", Set.of("b", "a", "c"), "4.2", "faster");
    assertThat(f.projectNames()).containsExactly("a", "b", "c");
  }
}
