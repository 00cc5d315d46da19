package io.notegraph.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of meeting-note-shaped Markdown that is wrong in every way notes go wrong:
 * headings of random levels and order, dates and times in many spellings (and impossible ones),
 * recording offsets, attendee lists, lists nested deep, code fences open or closed with chat lines
 * inside, broken links, right-to-left text, emoji, combining marks and control characters; then
 * bytes in UTF-8, Windows-1252, Latin-1, mojibake or with random byte damage. Same seed, same
 * inputs. Not thread-safe (one Random).
 */
final class MarkdownFuzzer {
  private static final List<String> WORDS =
      List.of(
          "widget",
          "Sync",
          "Meeting",
          "Roadmap",
          "demo",
          "release",
          "v2.1.0-rc1",
          "Attendees",
          "Agenda",
          "Topics",
          "Next",
          "start",
          "end",
          "chat",
          "transcript",
          "Recording",
          "Presenter:",
          "Date:",
          "notes",
          "minutes",
          "N/A",
          "TBD",
          "and",
          "with",
          "(",
          ")",
          "[",
          "]",
          "*",
          "_",
          "`",
          "#",
          "|",
          ":",
          ",",
          "-",
          "—",
          "\\",
          "<",
          ">");
  private static final List<String> NAMES =
      List.of(
          "Ines Varga",
          "Tomasz Lind",
          "Zoë Quintana",
          "Bjørn Ekdahl",
          "Renée Okafor",
          "Ana Lucía Ríos",
          "田中 司恩",
          "Ελένη Παππά",
          "Олег Брандт",
          "יעל כהן",
          "سارة الحسن",
          "O'Brien",
          "de la Cruz",
          "jferreira",
          "@kmoreau",
          "Dr. Who",
          "\"Quoted\" <Name>",
          "x",
          "",
          "  ",
          "😀 Emoji",
          "Ma\u0301rta",
          "\u202eRTL override\u202c");
  private static final List<String> DATES =
      List.of(
          "March 5, 2024",
          "2024-03-05",
          "5 March 2024",
          "Tuesday, June 1st, 2021",
          "06/01/2021",
          "1.6.2021",
          "Feb 30, 2023",
          "2023-13-45",
          "Jan 1, 0001",
          "December 31, 9999",
          "May 2021",
          "20210601",
          "March 5th",
          "2024-02-29");
  private static final List<String> TIMES =
      List.of(
          "11:03 a.m.",
          "11:03 AM EST",
          "23:59",
          "9am",
          "11: a.m.",
          "25:61",
          "10:00 UTC+14",
          "noon",
          "11:00-11:57 Eastern",
          "7:5",
          "00:00:00");
  private static final List<String> STRUCTURE =
      List.of(
          "Attendees: ",
          "Attendees (3 total)",
          "Meeting start: ",
          "Meeting End: ",
          "Next meeting: ",
          "Topics for next meeting",
          "Recording: [video](https://example.org/v)",
          "## Chat",
          "Date: ",
          "Presenter: ",
          "Agenda",
          "Topics",
          "Meeting notes",
          "Demo");

  private final Random random;

  MarkdownFuzzer(long seed) {
    this.random = new Random(seed);
  }

  /** One input file's bytes. */
  byte[] nextBytes() {
    String text = nextText();
    return switch (random.nextInt(20)) {
      case 0 -> encode(text, Charset.forName("windows-1252"));
      case 1 -> encode(text, StandardCharsets.ISO_8859_1);
      case 2 -> mojibake(text);
      case 3, 4 -> damage(text.getBytes(StandardCharsets.UTF_8));
      case 5 -> (text + '\0').getBytes(StandardCharsets.UTF_8); // NUL: binary, refused
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
  }

  String nextText() {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(8) == 0)
      sb.append("---\ntitle: ")
          .append(phrase())
          .append("\ndate: ")
          .append(pick(DATES))
          .append(random.nextBoolean() ? "\n---\n" : "\n");
    if (random.nextInt(4) > 0)
      sb.append("# ").append(phrase()).append("\n## ").append(pick(DATES)).append('\n');
    int blocks = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 40);
    for (int i = 0; i < blocks; i++) block(sb);
    return sb.toString();
  }

  private void block(StringBuilder sb) {
    switch (random.nextInt(12)) {
      case 0, 1 ->
          sb.append("#".repeat(1 + random.nextInt(7))).append(' ').append(heading()).append('\n');
      case 2 ->
          sb.append(pick(STRUCTURE))
              .append(random.nextBoolean() ? pick(TIMES) : names())
              .append('\n');
      case 3 -> list(sb);
      case 4 -> fence(sb);
      case 5 -> sb.append(brokenLink()).append('\n');
      case 6 -> sb.append(noise(1 + random.nextInt(80))).append('\n');
      case 7 -> sb.append('\n');
      case 8 -> sb.append("> ".repeat(1 + random.nextInt(30))).append(phrase()).append('\n');
      case 9 ->
          sb.append("| ")
              .append(names())
              .append(" | ")
              .append(pick(TIMES))
              .append(" |\n|---|---|\n");
      case 10 -> sb.append("[").append(offset()).append("] ").append(phrase()).append('\n');
      default -> sb.append(phrase()).append(' ').append(pick(NAMES)).append('\n');
    }
  }

  private String heading() {
    return switch (random.nextInt(6)) {
      case 0 -> pick(DATES) + (random.nextBoolean() ? " " + pick(TIMES) : "");
      case 1 -> phrase() + " (" + names() + ")";
      case 2 -> pick(NAMES) + " - " + phrase() + " [" + offset() + "]";
      case 3 -> pick(STRUCTURE) + pick(TIMES);
      case 4 -> "";
      default -> phrase();
    };
  }

  private void list(StringBuilder sb) {
    int items = 1 + random.nextInt(random.nextInt(20) == 0 ? 300 : 8);
    int depth = 0;
    for (int i = 0; i < items; i++) {
      depth = Math.max(0, depth + random.nextInt(3) - (random.nextInt(5) == 0 ? 3 : 1));
      sb.append("  ".repeat(depth))
          .append(random.nextBoolean() ? "- " : (i + 1) + ". ")
          .append(random.nextBoolean() ? names() : phrase())
          .append('\n');
    }
  }

  private void fence(StringBuilder sb) {
    String mark = random.nextBoolean() ? "```" : "~~~";
    sb.append(mark).append(random.nextBoolean() ? "" : "text").append('\n');
    if (random.nextBoolean()) sb.append("WEBVTT\n\n");
    for (int i = random.nextInt(15); i > 0; i--) {
      switch (random.nextInt(4)) {
        case 0 ->
            sb.append(pick(TIMES)).append(' ').append(pick(NAMES)).append(": ").append(phrase());
        case 1 ->
            sb.append("00:0")
                .append(random.nextInt(10))
                .append(":12.000 --> 00:0")
                .append(random.nextInt(10))
                .append(":1.5\n")
                .append(pick(NAMES))
                .append(": ")
                .append(phrase());
        case 2 -> sb.append(pick(NAMES)).append(":\n").append(phrase());
        default -> sb.append("From ").append(pick(NAMES)).append(" to Everyone: ").append(phrase());
      }
      sb.append('\n');
    }
    if (random.nextInt(3) > 0) sb.append(mark).append('\n'); // a third stay open
  }

  private String brokenLink() {
    return switch (random.nextInt(6)) {
      case 0 -> "[" + offset() + "(https://example.org/v?t=" + random.nextInt(9999);
      case 1 -> "[" + phrase() + "](https://example.org/" + phrase();
      case 2 -> "<https://example.org/" + phrase();
      case 3 -> "[[" + phrase() + "]](" + phrase() + ")](";
      case 4 -> "https://" + noise(20) + ")";
      default -> "[" + phrase() + "](" + pick(NAMES) + " \"title)";
    };
  }

  private String offset() {
    return random.nextInt(100)
        + ":"
        + String.format("%02d", random.nextInt(70))
        + (random.nextBoolean() ? ":" + random.nextInt(99) : "");
  }

  private String names() {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(6); i >= 0; i--) {
      sb.append(pick(NAMES)).append(random.nextInt(4) == 0 ? " (" + pick(NAMES) + ")" : "");
      if (i > 0) sb.append(random.nextBoolean() ? ", " : random.nextBoolean() ? " and " : "; ");
    }
    return sb.toString();
  }

  private String phrase() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + random.nextInt(8); i > 0; i--) {
      sb.append(random.nextInt(10) == 0 ? noise(3) : pick(WORDS)).append(i > 1 ? " " : "");
    }
    return sb.toString();
  }

  /** Code points from everywhere: controls, RTL marks, combining marks, emoji, unpaired halves. */
  private String noise(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      // Controls one time in ten (too many make a file binary); NUL only in nextBytes.
      switch (random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(5)) {
        case 0 -> sb.append((char) (1 + random.nextInt(0x1f)));
        case 1 -> sb.appendCodePoint(0x1F300 + random.nextInt(0x300)); // emoji
        case 2 -> sb.append((char) (0x0590 + random.nextInt(0x200))); // Hebrew, Arabic
        case 3 -> sb.append((char) (0x0300 + random.nextInt(0x70))); // combining marks
        case 4 ->
            sb.append(
                "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\ud800\udfff"
                    .charAt(random.nextInt(10))); // direction marks, BOM, lone surrogates
        default -> sb.appendCodePoint(random.nextInt(0x3000));
      }
    }
    return sb.toString();
  }

  private byte[] encode(String text, Charset cs) {
    return text.getBytes(cs); // unmappable characters become '?'
  }

  /** UTF-8 bytes read as Windows-1252 and saved again as UTF-8: what editors do to notes. */
  private byte[] mojibake(String text) {
    String mangled =
        new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    return mangled.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] damage(byte[] bytes) {
    for (int i = random.nextInt(8); i >= 0 && bytes.length > 0; i--) {
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    return bytes;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
