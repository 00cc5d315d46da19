package io.notegraph.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Broken and awkward notes written for the robustness tests: fictional people, the formats real
 * notes use, one date per note (January 2024) so each one's meeting can be looked for.
 */
final class BadNotes {
  static final String BASE = "https://w3id.org/notegraph/id/meeting/";

  private BadNotes() {}

  /** A small good note: title, date heading, attendees on line 3, one section. */
  static String note(String isoDate, String attendees) {
    LocalDate d = LocalDate.parse(isoDate);
    return "# Widget Sync\n## "
        + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
        + " "
        + d.getDayOfMonth()
        + ", "
        + d.getYear()
        + "\n"
        + "Attendees: "
        + attendees
        + "\n\n## Roadmap\nWe talked about the roadmap.\n";
  }

  static String meeting(String isoDate) {
    return BASE + "widget-sync-meeting/" + isoDate;
  }

  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("good.md"), note("2024-01-01", "Ines Varga, Tomasz Lind"));
    Files.write(dir.resolve("empty.md"), new byte[0]);
    Files.writeString(dir.resolve("blank.md"), "\n  \n\t\n");
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[0] = 0; // NUL bytes: what every binary sniffer looks for
    Files.write(dir.resolve("binary.md"), binary);
    write(
        dir,
        "windows-1252.md",
        note("2024-01-02", "Zoë Quintana, Mara “Em” Lowe"),
        Charset.forName("windows-1252"));
    write(
        dir,
        "latin-1.md",
        "# Widget Sync\n## January 3, 2024\n\nAttendees: Bjørn Ekdahl, Sølve"
            + " Aas\n\n## Roadmap\n",
        StandardCharsets.ISO_8859_1);
    byte[] good = note("2024-01-04", "Ines Varga, Tomasz Lind").getBytes(StandardCharsets.UTF_8);
    byte[] invalid = java.util.Arrays.copyOf(good, good.length + 3);
    int line3 = note("2024-01-04", "").indexOf("Attendees");
    System.arraycopy(good, line3, invalid, line3 + 3, good.length - line3);
    invalid[line3] = (byte) 0xC3; // a lead byte without its continuation, then a stray 0xFF
    invalid[line3 + 1] = (byte) 0x28;
    invalid[line3 + 2] = (byte) 0xFF;
    Files.write(dir.resolve("invalid-utf8.md"), invalid);
    Files.writeString(
        dir.resolve("mojibake.md"), note("2024-01-05", "RenÃ©e Okafor, Greta BjÃ¶rk"));
    Files.writeString(
        dir.resolve("unclosed-fence.md"),
        "# Widget Sync\n## January 6, 2024\nAttendees: Ines Varga\n\n```\n10:01 Ines: hello\n");
    Files.writeString(
        dir.resolve("broken-links.md"),
        "# Widget Sync\n## January 7, 2024\n"
            + "Attendees: Ines Varga\n\n## Demo [25:08(https://example.org/v?t=1508\n"
            + "See [slides](https://example.org/s and [[x]( and <https://example.org\n"
            + "](  [  ]]]] ((( [a](b) c](d\n");
    // Date first, title late, levels jumping both ways, empty headings.
    Files.writeString(
        dir.resolve("headings-out-of-order.md"),
        "## January 8, 2024\n"
            + "#### Roadmap (Ines Varga)\nPlans.\n# Widget Sync\n###### Release status\nShipped.\n"
            + "### Attendees\nInes Varga\n# \n##\n");
    StringBuilder nested = new StringBuilder("# Widget Sync\n## January 9, 2024\n");
    for (int i = 0; i < 500; i++)
      nested.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    Files.writeString(dir.resolve("nested-lists.md"), nested);
    StringBuilder quotes = new StringBuilder("# Widget Sync\n## January 10, 2024\n");
    for (int i = 1; i <= 500; i++)
      quotes.append(">".repeat(i)).append(" - *quoted* ").append(i).append('\n');
    Files.writeString(dir.resolve("nested-quotes.md"), quotes);
    Files.writeString(
        dir.resolve("long-line.md"),
        "# Widget Sync\n## January 11, 2024\n"
            + "Attendees: Ines Varga\n"
            + "word [25:08(https://example.org/x *a* _b_ `c` <".repeat(22_000)
            + "\n");
    Files.writeString(
        dir.resolve("control-chars.md"),
        "# Widget Sync\u0007\n## January 12, 2024\u000b\n"
            + "Attendees: Ines\u0008 Varga, \u202eTomasz Lind\u202c, \uD83D\uDE00 Emoji\n\n## \u0001Roadmap\n");
    // Found by fuzzing: a dash right after "Topic:" ended the title before it began.
    Files.writeString(
        dir.resolve("topic-dash.md"),
        "# Widget Sync\n## January 13, 2024\n"
            + "### Topics\n- Topic: - Tomasz Lind\n- - Ines Varga\n");
    // Found by fuzzing: a mojibake run right after a repaired word, behind a no-break space,
    // crashed the decoder and with it the whole run.
    Files.writeString(
        dir.resolve("mojibake-nbsp.md"),
        "# Widget Sync\n## January 14, 2024\n"
            + "Attendees: RenÃ©e\u00a0Ã¶rk Lind, Ines Varga\n\nRenÃ©eÃ¶\u00a0Ã¶rk said hello.\n");
    Files.writeString(
        dir.resolve("undated.md"), "# Widget Sync\n\nNo date anywhere in this note.\n");
    // Sparse: 40 MiB on paper, nothing on disk; the decoder refuses it before reading a byte.
    try (var f = new java.io.RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
      f.setLength(40L << 20);
    }
    symlinkLoop(dir);
  }

  /** {@code n} small notes, each its own day, under {@code dir}. */
  static void writeMany(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    LocalDate start = LocalDate.of(2000, 1, 1);
    for (int i = 0; i < n; i++) {
      LocalDate d = start.plusDays(i);
      Files.writeString(
          dir.resolve(String.format("note-%05d.md", i)),
          "# Many Meeting\n## "
              + d
              + "\nAttendees: Ines Varga, Tomasz Lind\n\n## Topic "
              + i
              + "\nNotes for "
              + d
              + ".\n");
    }
  }

  private static void write(Path dir, String name, String text, Charset cs) throws IOException {
    Files.write(dir.resolve(name), text.getBytes(cs));
  }

  private static void symlinkLoop(Path dir) {
    try {
      Path sub = Files.createDirectories(dir.resolve("sub"));
      Files.createSymbolicLink(sub.resolve("loop"), dir);
    } catch (IOException | UnsupportedOperationException e) {
      // no symbolic links here: the test that needs one checks symlinkLoopCreated
    }
  }

  static boolean symlinkLoopCreated(Path dir) {
    return Files.isSymbolicLink(dir.resolve("sub/loop"));
  }
}
