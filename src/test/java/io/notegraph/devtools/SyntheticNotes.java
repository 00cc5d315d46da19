package io.notegraph.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a corpus of fictional meeting notes shaped like the Podman notes (both styles, names
 * with typos and aliases, chat logs, transcripts) for benchmarks. The same seed and size give the
 * same bytes. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<SyntheticNote> notes = SyntheticNotes.builder().seed(7).scale(10).build().generate();
 * }</pre>
 */
public final class SyntheticNotes {
  /** Bytes of Markdown in the real Podman corpus (42 notes and 2 seeds): scale 1. */
  public static final long REAL_CORPUS_BYTES = 570_000;

  private static final LocalDate FIRST_MEETING = LocalDate.of(2020, 1, 7);

  private final long seed;
  private final double scale;

  private SyntheticNotes(Builder b) {
    this.seed = b.seed;
    this.scale = b.scale;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Notes until their size reaches {@code scale} times the real corpus; names are sorted. */
  public List<SyntheticNote> generate() {
    long target = Math.round(REAL_CORPUS_BYTES * scale);
    List<SyntheticNote> notes = new ArrayList<>();
    long bytes = 0;
    LocalDate date = FIRST_MEETING;
    for (int i = 0; bytes < target; i++) {
      // Each note has its own stream, so note i is the same whatever the corpus size.
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
      SyntheticNote note =
          i % 2 == 0 ? new CommunityNote(r, date).write() : new CabalNote(r, date).write();
      notes.add(note);
      bytes += note.bytes();
      date = date.plusDays(i % 2 == 0 ? 2 : 5); // Tuesday community, Thursday cabal
    }
    return notes;
  }

  /** Generates and writes every note into {@code dir}; returns the notes. */
  public List<SyntheticNote> writeTo(Path dir) {
    List<SyntheticNote> notes = generate();
    try {
      Files.createDirectories(dir);
      for (SyntheticNote n : notes) {
        Files.writeString(dir.resolve(n.name()), n.text(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic notes to " + dir, e);
    }
    return notes;
  }

  /** Configures {@link SyntheticNotes}. */
  public static final class Builder {
    private long seed = 1;
    private double scale = 1;

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    /** Size as a multiple of the real corpus (about 570 KB); must be positive. */
    public Builder scale(double s) {
      if (!(s > 0)) throw new IllegalArgumentException("scale must be positive: " + s);
      this.scale = s;
      return this;
    }

    public SyntheticNotes build() {
      return new SyntheticNotes(this);
    }
  }
}
