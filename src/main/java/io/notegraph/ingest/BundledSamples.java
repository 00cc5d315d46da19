package io.notegraph.ingest;

import io.notegraph.diag.Diagnostics;
import java.util.List;

/**
 * The sample notes shipped in the jar under {@code /samples/} (fictional people, every structure
 * notegraph understands), used when {@code extract} gets no arguments.
 */
public final class BundledSamples {
  private BundledSamples() {}

  public static List<SourceDocument> load(SourceDecoder decoder, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("TODO");
  }
}
