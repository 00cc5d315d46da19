package io.notegraph.train;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the project/organization name finder ({@link ProjectOrgModel}) from {@link
 * ProjectOrgTrainingData}: GIS maxent, fixed iterations and cutoff, one thread, sorted input and a
 * fixed seed, and the model file written by {@code ModelBytes}, so the same corpus gives the same
 * bytes. Used by {@code notegraph train}. Stateless.
 *
 * <pre>{@code
 * byte[] model = ProjectOrgModelTrainer.trainFrom(Path.of("../shared/corpus")).model();
 * }</pre>
 */
public final class ProjectOrgModelTrainer {
  static final String FEATURES = "/nlp/project-org-features.xml";
  static final int ITERATIONS = 100;

  /**
   * Features seen fewer times are dropped: keeps the model small (rare tokens are names anyway).
   */
  static final int CUTOFF = 3;

  private ProjectOrgModelTrainer() {}

  /** A trained model as file bytes, and how many sentences it learnt from. */
  public record Trained(byte[] model, int sentences) {}

  /** The model trained on the notes under {@code corpus} (held-out notes left out). */
  public static Trained trainFrom(Path corpus) {
    List<NameSample> samples = new ProjectOrgTrainingData(Gazetteer.bundled()).samples(corpus);
    return new Trained(ModelBytes.of(train(samples)), samples.size());
  }

  static TokenNameFinderModel train(List<NameSample> samples) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 1);
    try (InputStream in = ProjectOrgModelTrainer.class.getResourceAsStream(FEATURES)) {
      if (in == null) throw new IllegalStateException("missing resource " + FEATURES);
      TokenNameFinderFactory factory =
          new TokenNameFinderFactory(in.readAllBytes(), Map.of(), new BioCodec());
      return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), p, factory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(byte[] model, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, model);
  }
}
