package io.notegraph.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.testing.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

/**
 * The project/organization model is reproducible: the same notes give the same model file, and the
 * notes held out for evaluation are never read. Training needs {@code ../shared/corpus}; without it
 * these tests skip (and fail under CI).
 */
class ProjectOrgModelTrainerTest {
  private static final String MODEL = "/nlp/models/en-project-org.bin";

  @Test
  void retrainingFromTheSameNotesGivesTheShippedModelFile() throws IOException {
    Path corpus = SharedCorpus.corpus();
    byte[] retrained = ProjectOrgModelTrainer.trainFrom(corpus).model();
    try (InputStream in = getClass().getResourceAsStream(MODEL)) {
      assertThat(in).as("the jar ships " + MODEL).isNotNull();
      assertThat(retrained).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void heldOutNotesAreNeverRead() {
    Path corpus = SharedCorpus.corpus();
    List<String> read =
        ProjectOrgTrainingData.notes(corpus).stream()
            .map(p -> corpus.relativize(p).toString().replace('\\', '/'))
            .toList();
    assertThat(read).isNotEmpty().doesNotContainAnyElementsOf(ProjectOrgTrainingData.heldOut());
    assertThat(ProjectOrgTrainingData.heldOut())
        .contains(
            "rust-lang-team/minutes/2019-10-10.md", "podman-community-2023-2024/2023-10-19.md")
        .hasSize(34);
  }

  @Test
  void templateSentencesAreTheSameEveryTimeAndLabelTheirNames() {
    Gazetteer g = Gazetteer.bundled();
    List<NameSample> a = new ProjectOrgTrainingData(g).fromTemplates();
    List<NameSample> b = new ProjectOrgTrainingData(g).fromTemplates();
    assertThat(a).isEqualTo(b);
    assertThat(
            a.stream()
                .flatMap(s -> java.util.Arrays.stream(s.getNames()))
                .map(opennlp.tools.util.Span::getType)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("project", "organization");
  }
}
