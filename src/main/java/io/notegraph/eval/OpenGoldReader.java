package io.notegraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads open-world gold files ({@code *.gold.tsv}, tab-separated, {@code #} comments). Every
 * mistake in a file is reported as {@code file:line: message}; a missing trailing cell counts as
 * empty, as a spreadsheet would write it. Stateless and thread-safe.
 */
public final class OpenGoldReader {
  static final Set<String> STATUSES = Set.of("released", "rc", "planned", "mentioned");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private OpenGoldReader() {}

  /** Every {@code *.gold.tsv} under {@code dir} (recursively), in path order. */
  public static List<OpenGold> readFolder(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".gold.tsv"))
              .sorted()
              .toList();
      List<OpenGold> out = new ArrayList<>();
      for (Path f : files) out.add(read(dir.relativize(f).toString(), Files.readString(f)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold folder " + dir, e);
    }
  }

  /** Reads one file's text; {@code file} names it in messages. */
  public static OpenGold read(String file, String text) {
    Rows rows = new Rows(file);
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip().isEmpty() ? "" : lines[i];
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] cells =
          Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new);
      rows.add(i + 1, cells);
    }
    return rows.gold();
  }

  /** Collects the rows of one file. */
  private static final class Rows {
    private final String file;
    private String note;
    private Boolean entities;
    private String date;
    private String series;
    private final List<OpenGold.Named> attendees = new ArrayList<>();
    private final List<OpenGold.Talk> talks = new ArrayList<>();
    private final List<OpenGold.Action> actions = new ArrayList<>();
    private final List<OpenGold.Named> persons = new ArrayList<>();
    private final List<OpenGold.Named> projects = new ArrayList<>();
    private final List<OpenGold.Named> organizations = new ArrayList<>();
    private final List<OpenGold.Release> releases = new ArrayList<>();
    private final List<OpenGold.Feature> features = new ArrayList<>();
    private final List<OpenGold.Affiliation> affiliations = new ArrayList<>();

    Rows(String file) {
      this.file = file;
    }

    void add(int line, String[] cells) {
      String kind = cells[0];
      switch (kind) {
        case "note" -> note = once(line, "note", note, required(line, cells, 1, "corpus path"));
        case "entities" -> {
          String v = required(line, cells, 1, "yes or no");
          if (!v.equals("yes") && !v.equals("no")) fail(line, "entities must be yes or no: " + v);
          if (entities != null) fail(line, "more than one entities row");
          entities = v.equals("yes");
        }
        case "date" -> {
          String v = required(line, cells, 1, "date");
          if (!DATE.matcher(v).matches()) fail(line, "date is not yyyy-mm-dd: " + v);
          date = once(line, "date", date, v);
        }
        case "series" -> series = once(line, "series", series, required(line, cells, 1, "name"));
        case "attendee" -> attendees.add(named(line, cells));
        case "person" -> persons.add(named(line, cells));
        case "project" -> projects.add(named(line, cells));
        case "organization" -> organizations.add(named(line, cells));
        case "talk" ->
            talks.add(
                new OpenGold.Talk(
                    required(line, cells, 1, "title"), split(cell(cells, 2)), cell(cells, 3)));
        case "action" ->
            actions.add(new OpenGold.Action(cell(cells, 1), required(line, cells, 2, "task")));
        case "release" -> {
          String status = required(line, cells, 3, "status");
          if (!STATUSES.contains(status)) fail(line, "unknown release status: " + status);
          releases.add(
              new OpenGold.Release(
                  required(line, cells, 1, "project"),
                  required(line, cells, 2, "version"),
                  status));
        }
        case "feature" ->
            features.add(
                new OpenGold.Feature(
                    required(line, cells, 1, "project"),
                    required(line, cells, 2, "version"),
                    required(line, cells, 3, "feature text")));
        case "affiliation" ->
            affiliations.add(
                new OpenGold.Affiliation(
                    required(line, cells, 1, "person"), required(line, cells, 2, "organization")));
        default -> fail(line, "unknown row kind: " + kind);
      }
    }

    OpenGold gold() {
      if (note == null) fail(0, "no note row");
      return new OpenGold(
          file,
          note,
          entities != null && entities,
          Optional.ofNullable(date),
          Optional.ofNullable(series),
          attendees,
          talks,
          actions,
          persons,
          projects,
          organizations,
          releases,
          features,
          affiliations);
    }

    private OpenGold.Named named(int line, String[] cells) {
      return new OpenGold.Named(required(line, cells, 1, "name"), split(cell(cells, 2)));
    }

    private String once(int line, String kind, String old, String value) {
      if (old != null) fail(line, "more than one " + kind + " row");
      return value;
    }

    private String required(int line, String[] cells, int i, String what) {
      String v = cell(cells, i);
      if (v.isEmpty()) fail(line, cells[0] + " row without " + what);
      return v;
    }

    private void fail(int line, String message) {
      throw new GoldFormatException(file, line, message);
    }
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i] : "";
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
