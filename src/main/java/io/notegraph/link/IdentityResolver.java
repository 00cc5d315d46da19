package io.notegraph.link;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.gazetteer.Gazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The link stage's front door: one identity per real person, project, organization and release
 * across all notes, however spelled. People are matched on evidence (spelling, given-name
 * nicknames, initials, handles, who attended which meeting, how often each spelling occurs), bare
 * given names only in the context of their meeting; projects and organizations through the {@link
 * Gazetteer}; curated {@link IdentityOverrides} win over everything. Every surface form gets an
 * {@link Explanation}. The result does not depend on the order of the input notes.
 *
 * <pre>{@code
 * IdentityResolver resolver = IdentityResolver.builder()
 *     .gazetteer(Gazetteer.fromClasspath())
 *     .overrides(IdentityOverrides.fromClasspath())
 *     .build();
 * LinkedCorpus corpus = resolver.link(annotatedNotes, diagnostics);
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@link #link} keeps all its state in locals, so one resolver can
 * serve several corpora, also at once. Within one call, the per-note parts (reading names,
 * resolving them in their meeting) run on the common fork-join pool; the result is the same for any
 * number of threads.
 */
public final class IdentityResolver implements Linker {
  private final Gazetteer gazetteer;
  private final IdentityOverrides overrides;
  private final double threshold;
  private final String host;
  private final Nicknames nicknames = Nicknames.bundled();

  // Enough notes per window to keep both cores busy, few enough to bound memory.
  private static final int RESOLVE_WINDOW = 128;

  private IdentityResolver(Builder b) {
    this.gazetteer = b.gazetteer;
    this.overrides = b.overrides;
    this.threshold = b.threshold;
    this.host = b.host;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Resolves every name of every note; problems (none are fatal) go to {@code diagnostics}. */
  public LinkedCorpus link(List<AnnotatedNote> notes, Diagnostics diagnostics) {
    List<AnnotatedNote> sorted = new ArrayList<>(notes);
    sorted.sort(Comparator.comparing(n -> n.document().name()));
    // Per-note work runs in parallel and is gathered in note order; everything that decides
    // between notes (clusters, first explanations) stays sequential, so the result does not
    // depend on the number of threads.
    List<List<Observation>> perNote = sorted.parallelStream().map(Observations::of).toList();
    Map<String, List<Observation>> observations = new TreeMap<>();
    List<Observation> all = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      observations.put(sorted.get(i).document().name(), perNote.get(i));
      all.addAll(perNote.get(i));
    }
    var clusters =
        new PersonClusters(
                PersonForm.index(all), new NameSimilarity(nicknames), overrides, threshold)
            .build();
    People people = new People(clusters, overrides);
    Things things = new Things(gazetteer);
    Versions versions = new Versions(things);
    var hosts = new Hosts(people, host).fallbacks(sorted, observations);
    var assembler = new CorpusAssembler(people, things, versions, clusters, nicknames, hosts);
    // A window of notes at a time: what a resolved note must still record waits only for its
    // window (at 100 times the corpus, waiting for every note held about 250 MB).
    for (int from = 0; from < sorted.size(); from += RESOLVE_WINDOW) {
      sorted.subList(from, Math.min(from + RESOLVE_WINDOW, sorted.size())).parallelStream()
          .map(n -> assembler.resolve(n, observations.get(n.document().name()), diagnostics))
          .toList()
          .forEach(assembler::add);
    }
    return assembler.corpus();
  }

  /** Configures an {@link IdentityResolver}; bad values fail here, not in {@code link}. */
  public static final class Builder {
    private Gazetteer gazetteer = Gazetteer.empty();
    private IdentityOverrides overrides = IdentityOverrides.none();
    private double threshold = 0.8;
    private String host;

    /** Known projects and organizations (default: none). */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer);
      return this;
    }

    /** Curated merges and separations (default: none). */
    public Builder overrides(IdentityOverrides overrides) {
      this.overrides = Objects.requireNonNull(overrides);
      return this;
    }

    /** Score in (0, 1] two full names need to be merged (default 0.8). */
    public Builder threshold(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * The usual host, taken as a chat log's "Me"/"You" when a meeting shows no host of its own and
     * this person attended it (default: whoever presented announcements most often).
     */
    public Builder host(String name) {
      this.host = name == null || name.isBlank() ? null : name;
      return this;
    }

    public IdentityResolver build() {
      return new IdentityResolver(this);
    }
  }
}
