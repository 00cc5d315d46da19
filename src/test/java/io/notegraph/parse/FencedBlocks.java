package io.notegraph.parse;

import io.notegraph.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: finds ``` fenced blocks by a simple line scan and parses each one. */
final class FencedBlocks {
  /** One parsed block and the document it came from. */
  record Parsed(String text, int firstLine, String heading, LogBlock block) {}

  private FencedBlocks() {}

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Parsed> parse(Path file, Diagnostics diagnostics) {
    return parse(read(file), file.getFileName().toString(), diagnostics);
  }

  static List<Parsed> parse(String text, String name, Diagnostics diagnostics) {
    FencedLogParser parser = new FencedLogParser();
    List<Parsed> blocks = new ArrayList<>();
    String heading = null;
    int offset = 0;
    int line = 1;
    int contentBegin = -1;
    int contentLine = 0;
    String blockHeading = null;
    for (String l : text.split("\n", -1)) {
      boolean fence = l.matches(" {0,3}```.*");
      if (fence && contentBegin < 0) {
        contentBegin = offset + l.length() + 1;
        contentLine = line + 1;
        blockHeading = heading;
      } else if (fence && l.strip().equals("```")) {
        LogBlock block =
            parser.parse(
                text, contentBegin, offset, contentLine, blockHeading, diagnostics.forFile(name));
        blocks.add(new Parsed(text, contentLine, blockHeading, block));
        contentBegin = -1;
      } else if (contentBegin < 0 && !l.isBlank()) {
        heading = l.replaceFirst("^#+\\s*", "").strip();
      }
      offset += l.length() + 1;
      line++;
    }
    return blocks;
  }
}
