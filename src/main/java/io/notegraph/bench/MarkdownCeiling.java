package io.notegraph.bench;

import io.notegraph.ingest.SourceDocument;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * commonmark-java alone over the same texts, configured as the parse stage configures it
 * (autolinks, block source spans), in parallel per document: the rate no parse stage built on it
 * can beat. Stateless; the shared {@link Parser} is thread-safe.
 */
final class MarkdownCeiling {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(AutolinkExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private MarkdownCeiling() {}

  /** Nanoseconds to parse every document's text once. */
  static long time(List<SourceDocument> docs) {
    long t0 = System.nanoTime();
    long nodes = docs.parallelStream().mapToLong(d -> PARSER.parse(d.text()) != null ? 1 : 0).sum();
    if (nodes != docs.size()) throw new IllegalStateException("commonmark returned no document");
    return System.nanoTime() - t0;
  }
}
