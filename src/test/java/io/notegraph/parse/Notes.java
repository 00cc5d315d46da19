package io.notegraph.parse;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: parse Markdown text or a file with the default parser. */
final class Notes {
  static final NoteParser PARSER = NoteParser.builder().build();

  private Notes() {}

  static MeetingNote parse(String markdown) {
    return parse("test.md", markdown, new Diagnostics());
  }

  static MeetingNote parse(String name, String markdown, Diagnostics diag) {
    SourceDocument doc =
        new SourceDocument(
            name, URI.create("urn:test:" + name), markdown, StandardCharsets.UTF_8, List.of());
    return PARSER.parse(doc, diag).orElseThrow(() -> new AssertionError(diag.all()));
  }

  /** A fixture of src/test/resources/parse, parsed. */
  static MeetingNote fixture(String name) {
    return parse(Path.of("src/test/resources/parse/" + name), new Diagnostics());
  }

  static MeetingNote parse(Path file, Diagnostics diag) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      SourceDocument doc =
          new SourceDocument(
              file.getFileName().toString(), file.toUri(), text, StandardCharsets.UTF_8, List.of());
      return PARSER.parse(doc, diag).orElseThrow(() -> new AssertionError(diag.all()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every diagnostic but the whole-note "no attendees found" / "no talks found" warnings: small
   * fixtures that pin one line's problem have neither.
   */
  static List<io.notegraph.diag.Diagnostic> lineDiagnostics(Diagnostics diag) {
    return diag.all().stream()
        .filter(
            d ->
                !(d.message().equals("no attendees found") || d.message().equals("no talks found")))
        .toList();
  }

  static List<String> names(List<NameRef> refs) {
    return refs.stream().map(NameRef::name).toList();
  }
}
