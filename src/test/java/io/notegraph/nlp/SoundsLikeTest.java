package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Transcript words that sound like a curated project name. */
class SoundsLikeTest {
  private static final SoundsLike SOUNDS_LIKE = new SoundsLike(Gazetteer.bundled());

  private static List<String> find(String text) {
    List<Span> tokens = Tokens.tokenize(text, 0, text.length());
    return SOUNDS_LIKE.find(text, tokens, new boolean[text.length()]).stream()
        .map(c -> c.type() + ":" + text.substring(c.begin(), c.end()))
        .toList();
  }

  @Test
  void aMisheardProjectNameIsFound() {
    assertThat(find("then we copy the image with Scopio to the registry"))
        .containsExactly("PROJECT:Scopio");
  }

  @Test
  void ordinaryWordsAndTheRightSpellingAreLeftAlone() {
    assertThat(find("the scope of this release is small")).isEmpty();
    assertThat(find("Scope it small.")).isEmpty();
    assertThat(find("then we copy the image with Skopeo")).isEmpty();
  }

  @Test
  void theTranscriptGetsPhoneticFindsButProseDoesNot() {
    Recognizer r = Recognizer.builder().withoutModel().build();
    String text = "then we copy the image with Scopio";
    var people = PersonDictionary.of(Notes.prose(text), GazetteerMatcher.bundled());
    assertThat(r.findIn(text, people, true, Set.of()))
        .extracting(Candidate::finder)
        .contains("phonetic");
    assertThat(r.findIn(text, people, false, Set.of()))
        .extracting(Candidate::finder)
        .doesNotContain("phonetic");
  }

  @Test
  void aWordTheNoteAlsoWritesInLowerCaseIsOrdinary() {
    Recognizer r = Recognizer.builder().withoutModel().build();
    String text = "then we copy the image with Scopio";
    var people = PersonDictionary.of(Notes.prose(text), GazetteerMatcher.bundled());
    assertThat(r.findIn(text, people, true, Set.of("scopio")))
        .extracting(Candidate::finder)
        .doesNotContain("phonetic");
  }
}
