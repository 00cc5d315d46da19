package io.notegraph.ingest;

import io.notegraph.diag.Diagnostics;
import java.net.URI;
import java.util.Optional;

/**
 * Bytes to text: detects the encoding (UTF-8, else Windows-1252), rejects binary files, repairs
 * mojibake (UTF-8 decoded as Mac Roman or Windows-1252) and reports every repair. Thread-safe.
 */
public final class SourceDecoder {
  /** Reads and decodes one file; empty (with an error reported) when it cannot be used. */
  public Optional<SourceDocument> read(InputFile file, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Decodes bytes already in memory. */
  public Optional<SourceDocument> decode(
      String name, URI uri, byte[] bytes, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("TODO");
  }
}
