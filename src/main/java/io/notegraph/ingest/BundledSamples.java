package io.notegraph.ingest;

import io.notegraph.diag.Diagnostics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The sample notes shipped in the jar under {@code /samples/} (fictional people, every structure
 * notegraph understands), used when {@code extract} gets no arguments.
 *
 * <p>A jar cannot be listed portably, so {@code /samples/index.txt} names the files, one per line
 * ({@code #} starts a comment). To add a sample, drop the file in {@code
 * src/main/resources/samples/} and add its name to the index. Documents are named {@code
 * samples/<file>} with the URI {@code urn:notegraph:sample:<file>}, in name order. Thread-safe (no
 * state).
 */
public final class BundledSamples {
  static final String INDEX = "samples/index.txt";

  /** Opens a resource of this jar by its path from the classpath root; null when absent. */
  static final Function<String, InputStream> CLASSPATH =
      name -> BundledSamples.class.getResourceAsStream("/" + name);

  private BundledSamples() {}

  public static List<SourceDocument> load(SourceDecoder decoder, Diagnostics diagnostics) {
    return load(CLASSPATH, decoder, diagnostics);
  }

  /** Same, reading resources through {@code open} (null for a missing one); for tests. */
  static List<SourceDocument> load(
      Function<String, InputStream> open, SourceDecoder decoder, Diagnostics diagnostics) {
    List<SourceDocument> documents = new ArrayList<>();
    for (String file : names(open, diagnostics)) {
      String name = "samples/" + file;
      Optional<byte[]> bytes = readResource(open, name);
      if (bytes.isEmpty()) {
        diagnostics.warn(name, 0, "bundled sample listed in " + INDEX + " is missing, skipped");
        continue;
      }
      URI uri = URI.create("urn:notegraph:sample:" + file);
      decoder.decode(name, uri, bytes.get(), diagnostics).ifPresent(documents::add);
    }
    return documents;
  }

  static List<String> names(Function<String, InputStream> open, Diagnostics diagnostics) {
    Optional<byte[]> index = readResource(open, INDEX);
    if (index.isEmpty()) {
      diagnostics.warn(INDEX, 0, "no bundled samples: the index is missing from the jar");
      return List.of();
    }
    TreeSet<String> names = new TreeSet<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new java.io.ByteArrayInputStream(index.get()), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array does not fail
    }
    return List.copyOf(names);
  }

  private static Optional<byte[]> readResource(Function<String, InputStream> open, String name) {
    try (InputStream in = open.apply(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
