package io.notegraph.train;

import io.notegraph.nlp.gazetteer.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * fixed seed, and the model file written with fixed times and no time stamp, so the same corpus
 * gives the same bytes. Used by {@code notegraph train}. Stateless.
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
    return new Trained(bytes(train(samples)), samples.size());
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

  /**
   * The model as a file's bytes, the same for the same model: OpenNLP stamps the training time into
   * the manifest and the zip entries; both are fixed here (the model reads them not).
   */
  static byte[] bytes(TokenNameFinderModel model) {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      model.serialize(raw);
      Map<String, byte[]> entries = new TreeMap<>();
      try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
        for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
          entries.put(e.getName(), zin.readAllBytes());
        }
      }
      entries.computeIfPresent("manifest.properties", (k, v) -> stableManifest(v));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zout = new ZipOutputStream(out)) {
        // The manifest first, as OpenNLP writes it; then the rest by name.
        writeEntry(zout, "manifest.properties", entries.remove("manifest.properties"));
        for (var e : entries.entrySet()) writeEntry(zout, e.getKey(), e.getValue());
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeEntry(ZipOutputStream zout, String name, byte[] data)
      throws IOException {
    if (data == null) return;
    ZipEntry e = new ZipEntry(name);
    e.setTime(0L);
    zout.putNextEntry(e);
    zout.write(data);
    zout.closeEntry();
  }

  /** The manifest without its date comment, its lines sorted, the time stamp zero. */
  private static byte[] stableManifest(byte[] manifest) {
    String text = new String(manifest, StandardCharsets.ISO_8859_1);
    String lines =
        text.lines()
            .filter(l -> !l.startsWith("#"))
            .map(l -> l.startsWith("Timestamp=") ? "Timestamp=0" : l)
            .sorted()
            .reduce("", (a, b) -> a + b + "\n");
    return lines.getBytes(StandardCharsets.ISO_8859_1);
  }

  public static void write(byte[] model, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, model);
  }
}
