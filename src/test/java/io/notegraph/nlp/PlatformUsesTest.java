package io.notegraph.nlp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A company's name used for the service it runs ("on Quillhub", "the Quillhub repo") is no mention
 * of the company; "at Quillhub", "the Quillhub team" are. Invented notes and companies.
 */
class PlatformUsesTest {
  private static final String TTL =
      """
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix foaf: <http://xmlns.com/foaf/0.1/> .
      <https://w3id.org/notegraph/id/organization/quillhub> a foaf:Organization ;
        skos:prefLabel "Quillhub" .
      <https://w3id.org/notegraph/id/organization/lanternworks> a foaf:Organization ;
        skos:prefLabel "Lanternworks" .
      """;

  private static final Recognizer RECOGNIZER =
      Recognizer.builder()
          .gazetteer(Gazetteer.read(new ByteArrayInputStream(TTL.getBytes(UTF_8))))
          .withoutModel()
          .build();

  private static List<String> organizations(String text) {
    return RECOGNIZER.find(Notes.doc(text), Notes.prose(text)).stream()
        .filter(m -> m.type() == EntityType.ORGANIZATION)
        .map(Mention::text)
        .toList();
  }

  @Test
  void aServicesNameBeforeWhatItHoldsOrAfterOnIsNoCompany() {
    assertThat(organizations("Please file it on Quillhub.\n")).isEmpty();
    assertThat(organizations("The Quillhub repo moved.\n")).isEmpty();
    assertThat(organizations("Ping me via Quillhub @wenonah.\n")).isEmpty();
  }

  @Test
  void theCompanyAndItsPeopleStay() {
    assertThat(organizations("Wenonah works at Lanternworks.\n")).containsExactly("Lanternworks");
    assertThat(organizations("She is on the Lanternworks team now.\n"))
        .containsExactly("Lanternworks");
    assertThat(organizations("The folks in Lanternworks agreed.\n"))
        .containsExactly("Lanternworks");
  }

  @Test
  void aNoteThatMostlyUsesTheServiceLosesEveryMentionOfIt() {
    String text =
        "Issues pile up on Quillhub. We looked on Quillhub again.\n"
            + "So this is for the Quillhub, then.\n";
    assertThat(organizations(text)).isEmpty();
  }

  @Test
  void aNoteThatMostlyNamesTheCompanyKeepsTheOtherMentions() {
    String text =
        "Olek joined Quillhub. Quillhub pays for it. Quillhub said yes. See it on Quillhub.\n";
    assertThat(organizations(text)).containsExactly("Quillhub", "Quillhub", "Quillhub");
  }
}
