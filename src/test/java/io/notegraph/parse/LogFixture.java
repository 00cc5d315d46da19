package io.notegraph.parse;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import java.util.List;

/**
 * Test helper: puts block content into a small note (three lines before the fence, so offsets and
 * line numbers are not trivially zero) and parses it.
 */
record LogFixture(String document, LogBlock block, List<Diagnostic> diagnostics) {
  static final String PREFIX = "# Community Meeting\n\nRaw chat:\n```\n";

  /** Line of the first content line. */
  static final int FIRST_LINE = 5;

  static LogFixture parse(String content) {
    return parse(content, "Raw chat:");
  }

  static LogFixture parse(String content, String heading) {
    String document = PREFIX + content + "```\n\nAfter the block.\n";
    Diagnostics diagnostics = new Diagnostics();
    LogBlock block =
        new FencedLogParser()
            .parse(
                document,
                PREFIX.length(),
                PREFIX.length() + content.length(),
                FIRST_LINE,
                heading,
                diagnostics.forFile("note.md"));
    return new LogFixture(document, block, diagnostics.all());
  }

  String text(SourceRange range) {
    return range.of(document);
  }

  List<String> senders() {
    return block.chat().stream().map(m -> m.sender().name()).toList();
  }

  List<String> speakers() {
    return block.transcript().stream().map(u -> u.speaker().name()).toList();
  }
}
