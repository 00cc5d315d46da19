package io.notegraph.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.nlp.Tokens;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class PersonModelTrainerTest {
  private static final String PERSON_MODEL = "/nlp/models/en-person.bin";

  /** Fresh sentences, not in the training data. */
  private static final List<String> PROBES =
      List.of(
          "Kwabena Osei asked whether Buildah works on Fedora.",
          "Thanks Liesel , great demo of Podman Desktop !",
          "Ingrid Solberg , Tariq Nasser , Mona Ruiz",
          "Netavark and Aardvark replace CNI in Podman 4.0 .",
          "Demo by Paulo Reis ( 12:00 in the video )",
          "Rootless containers need a newer kernel on Debian .");

  private static TokenNameFinderModel shippedModel() {
    try (InputStream in = PersonModelTrainerTest.class.getResourceAsStream(PERSON_MODEL)) {
      assertThat(in).as("the jar ships " + PERSON_MODEL).isNotNull();
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void syntheticDataIsTheSameEveryTime() {
    assertThat(TrainingData.synthesize()).isEqualTo(TrainingData.synthesize());
  }

  @Test
  void twoTrainingsGiveTheSameModelBytes() {
    List<String> lines = PersonModelTrainer.trainingLines();
    byte[] first = PersonModelTrainer.bytes(PersonModelTrainer.train(lines));
    byte[] second = PersonModelTrainer.bytes(PersonModelTrainer.train(lines));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void retrainingGivesTheShippedModelFile() throws IOException {
    byte[] retrained =
        PersonModelTrainer.bytes(PersonModelTrainer.train(PersonModelTrainer.trainingLines()));
    try (InputStream in = getClass().getResourceAsStream(PERSON_MODEL)) {
      assertThat(in).as("the jar ships " + PERSON_MODEL).isNotNull();
      assertThat(retrained).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void retrainingReproducesTheShippedModelsPredictions() {
    TokenNameFinderModel shipped = shippedModel();
    TokenNameFinderModel retrained = PersonModelTrainer.train(PersonModelTrainer.trainingLines());
    NameFinderME a = new NameFinderME(shipped);
    NameFinderME b = new NameFinderME(retrained);
    for (String probe : PROBES) {
      String[] tokens = Tokens.texts(probe, Tokens.tokenize(probe, 0, probe.length()));
      var sa = a.find(tokens);
      var sb = b.find(tokens);
      assertThat(sb).as(probe).isEqualTo(sa);
      assertThat(b.probs(sb))
          .as(probe)
          .containsExactly(a.probs(sa), org.assertj.core.data.Offset.offset(1e-9));
      a.clearAdaptiveData();
      b.clearAdaptiveData();
    }
  }

  @Test
  void shippedModelFindsFictionalPeople() {
    NameFinderME me = new NameFinderME(shippedModel());
    String probe = PROBES.get(0);
    String[] tokens = Tokens.texts(probe, Tokens.tokenize(probe, 0, probe.length()));
    assertThat(
            Arrays.stream(me.find(tokens))
                .map(s -> String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()))))
        .containsExactly("Kwabena Osei");
  }

  @Test
  void markupBecomesSamplesWithOurTokens() {
    var s = TrainingData.sample("Thanks <START:person> Ada Quill <END>!");
    assertThat(s.getSentence()).containsExactly("Thanks", "Ada", "Quill", "!");
    assertThat(s.getNames()).hasSize(1);
    assertThat(s.getNames()[0].getStart()).isEqualTo(1);
    assertThat(s.getNames()[0].getEnd()).isEqualTo(3);
  }
}
