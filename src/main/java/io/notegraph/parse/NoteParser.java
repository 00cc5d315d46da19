package io.notegraph.parse;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses one note into a {@link MeetingNote} through commonmark-java's AST. Input never fails:
 * anything odd is reported to {@link Diagnostics} with its line; only a note with no date anywhere
 * yields empty. Thread-safe; build once.
 */
public final class NoteParser {
  private final ZoneId defaultZone;
  private final FencedLogParser logs = new FencedLogParser();

  private NoteParser(Builder b) {
    this.defaultZone = b.defaultZone;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<MeetingNote> parse(SourceDocument document, Diagnostics diagnostics) {
    io.notegraph.diag.FileDiagnostics diag = diagnostics.forFile(document.path());
    if (!document.path().equals(document.name())) { // one meeting of a running notes file
      diag = diag.forMeeting(document.name().substring(document.path().length() + 1));
    }
    return new NoteAssembler(document, diag, defaultZone, logs).assemble();
  }

  /** Configures a {@link NoteParser}. */
  public static final class Builder {
    private ZoneId defaultZone = ZoneId.of("America/New_York");

    /** Zone for times the notes give without an offset ("Eastern" or nothing at all). */
    public Builder defaultZone(ZoneId zone) {
      this.defaultZone = Objects.requireNonNull(zone);
      return this;
    }

    public NoteParser build() {
      return new NoteParser(this);
    }
  }
}
