package io.notegraph.eval;

import io.notegraph.nlp.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gold annotations of one note, read from {@code <note-file-name>.gold.tsv}. Tab-separated rows:
 * {@code TYPE begin end text} for a mention (offsets into the note as read with UTF-8; the text
 * must equal that range, or be a prefix of it followed by "..." for spans over 60 characters),
 * {@code presenter <section title> <person>} and {@code attendee <person>} for relations; {@code #}
 * starts a comment.
 *
 * @param noteFile the note's file name, e.g. {@code 2021-06-01.md}
 */
public record GoldNote(
    String noteFile, List<Span> mentions, List<String> presenters, List<String> attendees) {
  /** One gold mention. */
  public record Span(EntityType type, int begin, int end, String text) {}

  public GoldNote {
    mentions = List.copyOf(mentions);
    presenters = List.copyOf(presenters);
    attendees = List.copyOf(attendees);
  }

  /** Reads a gold file and checks every mention against {@code noteText}. */
  public static GoldNote read(Path goldFile, String noteText) throws IOException {
    String name = goldFile.getFileName().toString().replaceFirst("\\.gold\\.tsv$", "");
    List<Span> spans = new ArrayList<>();
    List<String> presenters = new ArrayList<>();
    List<String> attendees = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      String where = goldFile + ":" + lineNo + ": ";
      switch (f[0]) {
        case "presenter" -> presenters.add(relation(f[1], f[2]));
        case "attendee" -> attendees.add(normalize(f[1]));
        default -> {
          if (f.length != 4) throw new IOException(where + "expected 4 columns");
          EntityType type = EntityType.valueOf(f[0]);
          int b = Integer.parseInt(f[1]);
          int e = Integer.parseInt(f[2]);
          // Long spans (whole command lines) are written as a prefix and "...", so no line of a
          // note is ever copied whole into the repository.
          boolean ok =
              e <= noteText.length()
                  && b <= e
                  && (f[3].endsWith("...")
                      ? noteText.substring(b, e).startsWith(f[3].substring(0, f[3].length() - 3))
                      : noteText.substring(b, e).equals(f[3]));
          if (!ok) {
            throw new IOException(where + "text does not match [" + b + "," + e + ")");
          }
          spans.add(new Span(type, b, e, noteText.substring(b, e)));
        }
      }
    }
    return new GoldNote(name, spans, presenters, attendees);
  }

  static String relation(String section, String person) {
    return normalize(section) + "\t" + normalize(person);
  }

  static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
