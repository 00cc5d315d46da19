package io.notegraph.cli;

import io.notegraph.train.PersonModelTrainer;
import io.notegraph.train.ProjectOrgModelTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code notegraph train}: Trains the name-finder models from the project's annotated data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the name-finder models from the project's annotated data.",
      "Writes <dir>/training/synthetic.txt and <dir>/models/en-person.bin (deterministic).",
      "With the real notes in --corpus (default ../shared/corpus) also"
          + " <dir>/models/en-project-org.bin, the project/organization model (deterministic:"
          + " the same notes give the same bytes; held-out notes are never read)."
    })
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-d", "--dir"},
      defaultValue = "src/main/resources/nlp",
      description = "Where training/ and models/ go (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(
      names = {"--corpus"},
      defaultValue = "../shared/corpus",
      description = "Notes the project/organization model learns from (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    Path synthetic = dir.resolve("training").resolve("synthetic.txt");
    PersonModelTrainer.writeSynthetic(synthetic);
    List<String> lines = PersonModelTrainer.trainingLines();
    TokenNameFinderModel model = PersonModelTrainer.train(lines);
    Path out = dir.resolve("models").resolve("en-person.bin");
    PersonModelTrainer.write(model, out);
    var w = spec.commandLine().getOut();
    w.printf("trained person model on %d sentences%n", lines.size());
    w.printf("wrote %s%nwrote %s%n", synthetic, out);
    if (!Files.isDirectory(corpus)) {
      spec.commandLine()
          .getErr()
          .printf(
              "%s: warning: no such folder; the project/organization model was not retrained%n",
              corpus);
      return ExitCodes.OK;
    }
    ProjectOrgModelTrainer.Trained projects = ProjectOrgModelTrainer.trainFrom(corpus);
    Path projectOut = dir.resolve("models").resolve("en-project-org.bin");
    ProjectOrgModelTrainer.write(projects.model(), projectOut);
    w.printf(
        "trained project/organization model on %d sentences from %s%n",
        projects.sentences(), corpus);
    w.printf("wrote %s%n", projectOut);
    return ExitCodes.OK;
  }
}
