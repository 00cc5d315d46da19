package io.notegraph.parse;

import io.notegraph.diag.FileDiagnostics;
import java.util.List;

/** Placeholder: replaced by the real chat/transcript parser. */
public final class FencedLogParser {
  public LogBlock parse(
      String documentText,
      int contentBegin,
      int contentEnd,
      int firstLine,
      String headingContext,
      FileDiagnostics diagnostics) {
    return new LogBlock(LogBlock.Kind.CODE, List.of(), List.of(), List.of(), List.of());
  }
}
