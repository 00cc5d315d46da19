package io.notegraph.pipeline;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.link.ExactNameLinker;
import io.notegraph.link.LinkedCorpus;
import io.notegraph.link.Linker;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Wires parse → nlp → link for a set of decoded documents. Parsing and recognition run per document
 * in parallel (both are thread-safe); linking needs every note at once. Output order is the input
 * order, so results are deterministic whatever the thread count.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().finder(recognizer).linker(resolver).build();
 * LinkedCorpus corpus = p.run(documents, diagnostics, done -> bar.step());
 * }</pre>
 */
public final class Pipeline {
  private final NoteParser parser;
  private final MentionFinder finder;
  private final Linker linker;
  private final boolean parallel;
  private final StageListener listener;

  private Pipeline(Builder b) {
    this(b.parser, b.finder, b.linker, b.parallel, b.listener);
  }

  private Pipeline(
      NoteParser parser,
      MentionFinder finder,
      Linker linker,
      boolean parallel,
      StageListener listener) {
    this.parser = parser;
    this.finder = finder;
    this.linker = linker;
    this.parallel = parallel;
    this.listener = listener;
  }

  /** This pipeline, telling {@code l} when each stage starts and finishes. */
  public Pipeline withListener(StageListener l) {
    return new Pipeline(parser, finder, linker, parallel, Objects.requireNonNull(l));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parses and annotates every document, then links them all; see {@link #annotate}. */
  public LinkedCorpus run(List<SourceDocument> docs, Diagnostics diag, Consumer<String> progress) {
    List<AnnotatedNote> notes = annotate(docs, diag, progress);
    listener.started(StageListener.Stage.LINK);
    LinkedCorpus corpus = linker.link(notes, diag);
    listener.finished(StageListener.Stage.LINK);
    return corpus;
  }

  /**
   * parse + nlp only, each per document in parallel. Notes that fail to parse are left out. Every
   * note is parsed before any is annotated, so that parsing overlaps whatever the finder still has
   * to load (the CLI loads its models on another thread). {@code progress} hears of each document
   * twice: parsed, then annotated.
   */
  public List<AnnotatedNote> annotate(
      List<SourceDocument> files, Diagnostics diag, Consumer<String> progress) {
    // A running notes file holds many meetings: each becomes a document of its own.
    List<SourceDocument> docs =
        files.stream().flatMap(d -> io.notegraph.parse.RollingNotes.split(d).stream()).toList();
    listener.started(StageListener.Stage.PARSE);
    List<Optional<MeetingNote>> parsed =
        stream(docs)
            .map(
                d -> {
                  Optional<MeetingNote> n = parse(d, diag);
                  progress.accept(d.name());
                  return n;
                })
            .toList();
    listener.finished(StageListener.Stage.PARSE);
    listener.started(StageListener.Stage.NLP);
    // People named in any note's structure are known in every note's prose.
    MentionFinder corpusFinder =
        finder.forCorpus(parsed.stream().flatMap(Optional::stream).toList());
    List<Integer> indexes = java.util.stream.IntStream.range(0, docs.size()).boxed().toList();
    List<AnnotatedNote> annotated =
        stream(indexes)
            .map(
                i -> {
                  Optional<AnnotatedNote> a =
                      parsed.get(i).flatMap(n -> annotate(corpusFinder, docs.get(i), n, diag));
                  progress.accept(docs.get(i).name());
                  return a;
                })
            .flatMap(Optional::stream)
            .toList();
    listener.finished(StageListener.Stage.NLP);
    return annotated;
  }

  private <T> java.util.stream.Stream<T> stream(List<T> items) {
    return parallel ? items.parallelStream() : items.stream();
  }

  private Optional<MeetingNote> parse(SourceDocument doc, Diagnostics diag) {
    try {
      return parser.parse(doc, diag);
    } catch (RuntimeException e) { // a bug must not cost the user the rest of the corpus
      return internalError(doc, e, diag);
    }
  }

  private Optional<AnnotatedNote> annotate(
      MentionFinder using, SourceDocument doc, MeetingNote note, Diagnostics diag) {
    try {
      return Optional.of(new AnnotatedNote(doc, note, using.find(doc, note)));
    } catch (RuntimeException e) {
      return internalError(doc, e, diag);
    }
  }

  private static <T> Optional<T> internalError(
      SourceDocument doc, RuntimeException e, Diagnostics diag) {
    diag.error(
        doc.name(),
        0,
        "internal error while reading this note ("
            + e
            + "); please report it. The note was skipped");
    return Optional.empty();
  }

  /** Configures a {@link Pipeline}. */
  public static final class Builder {
    private NoteParser parser = NoteParser.builder().build();
    private MentionFinder finder = MentionFinder.none();
    private Linker linker = new ExactNameLinker();
    private boolean parallel = true;
    private StageListener listener = StageListener.none();

    public Builder parser(NoteParser p) {
      this.parser = Objects.requireNonNull(p);
      return this;
    }

    public Builder finder(MentionFinder f) {
      this.finder = Objects.requireNonNull(f);
      return this;
    }

    public Builder linker(Linker l) {
      this.linker = Objects.requireNonNull(l);
      return this;
    }

    public Builder parallel(boolean on) {
      this.parallel = on;
      return this;
    }

    /** Told when each stage starts and finishes (for timing). */
    public Builder listener(StageListener l) {
      this.listener = Objects.requireNonNull(l);
      return this;
    }

    public Pipeline build() {
      return new Pipeline(this);
    }
  }
}
