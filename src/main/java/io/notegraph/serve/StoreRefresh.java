package io.notegraph.serve;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.pipeline.Components;
import io.notegraph.pipeline.Extraction;
import io.notegraph.pipeline.Manifest;
import io.notegraph.pipeline.Sources;
import io.notegraph.store.GraphStore;
import io.notegraph.store.LoadReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Brings a TDB2 store up to date with notes for {@code serve}: the notes go through the pipeline's
 * front door ({@link Extraction}) and the emitted quads straight into the store (no TriG written
 * and parsed back); graph files are written only when an output folder is given. A store whose
 * notes, base IRI and notegraph version are unchanged since its last load (and, with an output
 * folder, whose files are of the same notes) is reused at once without running the pipeline. The
 * stamp that says so ({@value #STAMP}) lives in the database folder and is written only after a
 * load committed. One instance per serve.
 */
public final class StoreRefresh {
  static final String STAMP = "notegraph-notes.tsv";

  /** Hears each step: a phase ({@code extract}, {@code load}) and what happened. */
  public interface Progress {
    void say(String phase, String what);
  }

  /**
   * What a refresh did: the notes' texts by name (for {@code /notes/}), and the extraction if run.
   */
  public record Outcome(
      Map<String, String> notes, Diagnostics diagnostics, Optional<Extraction.Result> extraction) {}

  private final Supplier<Extraction.Builder> extraction;
  private final String base;
  private final Path output;
  private final Progress progress;

  private StoreRefresh(Builder b) {
    this.extraction = b.extraction;
    this.base = b.base;
    this.output = b.output;
    this.progress = b.progress;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the notes under {@code paths} (the bundled samples when empty) and brings the store in
   * {@code db} up to date. No notes found: nothing is touched and the outcome's notes are empty.
   */
  public Outcome run(List<Path> paths, Path db) {
    Diagnostics diag = new Diagnostics();
    List<SourceDocument> docs = read(paths, diag);
    if (docs.isEmpty()) return new Outcome(Map.of(), diag, Optional.empty());
    String stamp = stamp(docs);
    if (stamp.equals(readStamp(db)) && filesUpToDate(docs) && hasData(db)) {
      progress.say(
          "load", docs.size() + " notes unchanged since the last load: database reused as is");
      return new Outcome(texts(docs), diag, Optional.empty());
    }
    Extraction.Result r = extract(docs, diag);
    r.quads().ifPresent(quads -> load(db, quads, stamp));
    return new Outcome(texts(docs), diag, Optional.of(r));
  }

  /**
   * For a server without a database ({@code serve --in-memory}): the notes extracted, the emitted
   * quads in the outcome's extraction, no store touched.
   */
  public Outcome extractOnly(List<Path> paths) {
    Diagnostics diag = new Diagnostics();
    List<SourceDocument> docs = read(paths, diag);
    if (docs.isEmpty()) return new Outcome(Map.of(), diag, Optional.empty());
    return new Outcome(texts(docs), diag, Optional.of(extract(docs, diag)));
  }

  private List<SourceDocument> read(List<Path> paths, Diagnostics diag) {
    progress.say(
        "extract", "reading notes from " + (paths.isEmpty() ? "the bundled samples" : paths));
    return Sources.load(paths, diag);
  }

  private Extraction.Result extract(List<SourceDocument> docs, Diagnostics diag) {
    // Only now: a reused store needs no models. SHACL only when files are written, as extract.
    Components.preload(true, output != null);
    Extraction.Builder b = extraction.get().keepQuads(true);
    Extraction.Result r =
        (output == null ? b.noFiles().validate(false) : b.output(output)).build().run(docs, diag);
    progress.say(
        "extract",
        docs.size()
            + " notes: "
            + r.corpus().entities().size()
            + " entities, "
            + r.statements()
            + " quads in "
            + r.namedGraphs()
            + " named graphs"
            + (output == null ? "" : ", written to " + output));
    return r;
  }

  private static Map<String, String> texts(List<SourceDocument> docs) {
    Map<String, String> notes = new TreeMap<>();
    for (SourceDocument d : docs) notes.put(d.name(), d.text());
    return notes;
  }

  private void load(Path db, DatasetGraph quads, String stamp) {
    progress.say("load", "into " + db);
    try (GraphStore store = GraphStore.builder().database(db).build()) {
      LoadReport r = store.load(quads);
      progress.say("load", r.summary());
    }
    try {
      Files.writeString(db.resolve(STAMP), stamp, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + db.resolve(STAMP), e);
    }
  }

  /** What the store's content depends on: notegraph's version, the base IRI, every note's hash. */
  private String stamp(List<SourceDocument> docs) {
    StringBuilder sb = new StringBuilder("# what the database was last loaded from\n");
    String version = StoreRefresh.class.getPackage().getImplementationVersion();
    sb.append("version\t").append(version == null ? "dev" : version).append('\n');
    sb.append("base\t").append(base).append('\n');
    Manifest.of(docs).hashes().forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
    return sb.toString();
  }

  private boolean filesUpToDate(List<SourceDocument> docs) {
    return output == null || Manifest.of(docs).equals(Manifest.read(output));
  }

  /** Whether {@code dir} holds anything (a database to serve as it is). */
  public static boolean hasDatabase(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }

  private static String readStamp(Path db) {
    try {
      return Files.readString(db.resolve(STAMP), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean hasData(Path db) {
    try (GraphStore store = GraphStore.builder().database(db).build()) {
      return store.graphCount() > 0;
    }
  }

  /** Configures a {@link StoreRefresh}. */
  public static final class Builder {
    private Supplier<Extraction.Builder> extraction = Extraction::builder;
    private String base = io.notegraph.rdf.Iris.DEFAULT_BASE;
    private Path output;
    private Progress progress = (phase, what) -> {};

    private Builder() {}

    /**
     * The extraction as configured by the caller (pipeline, base IRI, ...); the refresh adds the
     * output folder or no files, and asks for the quads.
     */
    public Builder extraction(Supplier<Extraction.Builder> configured, String baseIri) {
      this.extraction = Objects.requireNonNull(configured);
      this.base = Objects.requireNonNull(baseIri);
      return this;
    }

    /** Also write the graph files there, as {@code extract} does (default: no files). */
    public Builder output(Path dir) {
      this.output = dir;
      return this;
    }

    public Builder progress(Progress p) {
      this.progress = Objects.requireNonNull(p);
      return this;
    }

    public StoreRefresh build() {
      return new StoreRefresh(this);
    }
  }
}
