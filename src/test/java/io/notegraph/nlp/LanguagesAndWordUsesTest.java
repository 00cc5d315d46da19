package io.notegraph.nlp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Programming languages are projects (the bundled gazetteer lists the widely used ones), and a name
 * matched only as written because it is also a word is that word where grammar makes it one ("Go
 * ahead"). Invented notes.
 */
class LanguagesAndWordUsesTest {
  private static final Recognizer BUNDLED = Recognizer.builder().withoutModel().build();

  private static final String TTL =
      """
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix doap: <http://usefulinc.com/ns/doap#> .
      <https://w3id.org/notegraph/id/project/tarn> a doap:Project ;
        skos:prefLabel "Tarn" ; skos:hiddenLabel "Tarn" .
      """;

  private static final Recognizer TARN =
      Recognizer.builder()
          .gazetteer(Gazetteer.read(new ByteArrayInputStream(TTL.getBytes(UTF_8))))
          .build();

  private static List<String> projects(Recognizer r, String text) {
    return r.find(Notes.doc(text), Notes.prose(text)).stream()
        .filter(m -> m.type() == EntityType.PROJECT)
        .map(Mention::text)
        .toList();
  }

  @Test
  void widelyUsedLanguagesAreProjects() {
    assertThat(
            projects(
                BUNDLED,
                "The lantern client is written in TypeScript, the old one in JavaScript, and the"
                    + " wick bindings follow C++ destruction order.\n"))
        .containsExactly("TypeScript", "JavaScript", "C++");
  }

  @Test
  void aOneLetterLanguageIsLeftOut() {
    assertThat(projects(BUNDLED, "See Appendix C and plan C.\n")).isEmpty();
  }

  @Test
  void aNameThatIsAlsoAVerbIsTheVerbBeforeAParticle() {
    assertThat(projects(TARN, "Wenonah: Tarn ahead, please.\n")).isEmpty();
    assertThat(projects(TARN, "We should not Tarn down this path.\n")).isEmpty();
    assertThat(projects(TARN, "The wick controller is written in Tarn.\n")).containsExactly("Tarn");
  }
}
