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
 * Wires parse → nlp → link for a set of decoded documents. Parsing and recognition run per
 * document in parallel (both are thread-safe); linking needs every note at once. Output order is
 * the input order, so results are deterministic whatever the thread count.
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

  private Pipeline(Builder b) {
    this.parser = b.parser;
    this.finder = b.finder;
    this.linker = b.linker;
    this.parallel = b.parallel;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parses and annotates every document, then links them all. */
  public LinkedCorpus run(List<SourceDocument> docs, Diagnostics diag, Consumer<String> progress) {
    List<AnnotatedNote> notes = annotate(docs, diag, progress);
    return linker.link(notes, diag);
  }

  /** parse + nlp only (per document, in parallel). Notes that fail to parse are left out. */
  public List<AnnotatedNote> annotate(
      List<SourceDocument> docs, Diagnostics diag, Consumer<String> progress) {
    var stream = parallel ? docs.parallelStream() : docs.stream();
    return stream
        .map(d -> {
          Optional<AnnotatedNote> a = annotate(d, diag);
          progress.accept(d.name());
          return a;
        })
        .flatMap(Optional::stream)
        .toList();
  }

  public Optional<AnnotatedNote> annotate(SourceDocument doc, Diagnostics diag) {
    try {
      Optional<MeetingNote> note = parser.parse(doc, diag);
      return note.map(n -> new AnnotatedNote(doc, n, finder.find(doc, n)));
    } catch (RuntimeException e) { // a bug must not cost the user the rest of the corpus
      diag.error(doc.name(), 0, "internal error while reading this note (" + e
          + "); please report it. The note was skipped");
      return Optional.empty();
    }
  }

  /** Configures a {@link Pipeline}. */
  public static final class Builder {
    private NoteParser parser = NoteParser.builder().build();
    private MentionFinder finder = MentionFinder.none();
    private Linker linker = new ExactNameLinker();
    private boolean parallel = true;

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

    public Pipeline build() {
      return new Pipeline(this);
    }
  }
}
