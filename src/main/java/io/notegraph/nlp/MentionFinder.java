package io.notegraph.nlp;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.parse.MeetingNote;
import java.util.List;

/**
 * Finds entity mentions in the free text of a parsed note ({@link MeetingNote#segments()}).
 * Implementations are thread-safe: one instance serves all documents in parallel.
 */
public interface MentionFinder {
  /** Mentions sorted by position; overlapping finds already resolved to one. */
  List<Mention> find(SourceDocument document, MeetingNote note);

  /**
   * This finder for the notes of one corpus: people any note's structure names can be found in
   * every note's prose. Default: this finder as it is.
   */
  default MentionFinder forCorpus(List<MeetingNote> notes) {
    return this;
  }

  /** A finder that finds nothing (structure-only extraction). */
  static MentionFinder none() {
    return (document, note) -> List.of();
  }
}
