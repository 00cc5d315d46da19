package io.notegraph.link;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.AgendaSection.SectionKind;
import io.notegraph.parse.ChatMessage;
import io.notegraph.parse.ListItem;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.MeetingTime;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.SourceRange;
import io.notegraph.parse.Utterance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crude stand-in for the real parser, for link tests only: attendee lines, "## title" sections
 * with "### Name" presenters or "### Title - Name" headings, bullet items under "Label:" lines,
 * chat senders ("Name11:33 AM") and transcript speakers ("Name: text").
 */
final class MiniParser {
  private static final Pattern CHAT =
      Pattern.compile(
          "^(\\S.{0,44}?[^\\d\\s]|\\S.{0,44}?\\p{L}\\d{1,3}?) ?\\d{1,2}:\\d\\d ?[AP]M$");
  private static final Pattern TIME = Pattern.compile("^\\d{1,2}:\\d\\d ?[AP]M$");
  private static final Pattern SPEAKER =
      // A label may be cut at its start by a transcript export ("ora Pennant:").
      Pattern.compile("^((?:\\p{Lu}|\\p{Ll}{1,3} \\p{Lu})[\\p{L}'.]*(?: [\\p{L}'.]+){0,3}):");
  private static final Pattern PERSON =
      Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?: (?:\\p{Lu}|de|Le)[\\p{L}'.-]*){0,3}");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)");
  private static final Pattern VERSION =
      Pattern.compile("(?i)(?:Podman )?v\\d+(?:\\.\\d+)+(?:-rc\\d+)?");

  private MiniParser() {}

  static AnnotatedNote read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
      return parse(file.getFileName().toString(), text, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AnnotatedNote parse(String name, String text, List<Mention> mentions) {
    var doc =
        new SourceDocument(
            name, URI.create("urn:test:" + name), text, StandardCharsets.UTF_8, List.of());
    String[] lines = text.split("\n", -1);
    int[] starts = new int[lines.length + 1];
    for (int i = 0; i < lines.length; i++) starts[i + 1] = starts[i] + lines[i].length() + 1;
    List<NameRef> attendees = new ArrayList<>();
    List<NameRef> transcriptAttendees = new ArrayList<>();
    List<ChatMessage> chat = new ArrayList<>();
    List<Utterance> transcript = new ArrayList<>();
    List<AgendaSection> sections = new ArrayList<>();
    Section open = null;
    boolean inTranscript = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String t = line.strip();
      if (t.equals("Attendees") && i + 1 < lines.length) {
        names(lines[i + 1], 0, i + 2, starts[i + 1], transcriptAttendees);
        i++;
      } else if (t.matches("(?i)#*\\s*attendees.*") && attendees.isEmpty()) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.length() - colon > 3)
          names(line, colon + 1, i + 1, starts[i], attendees);
        else if (i + 1 < lines.length) names(lines[++i], 0, i + 1, starts[i], attendees);
      } else if (t.equals("Transcript")) {
        inTranscript = true;
      } else if (t.startsWith("## ") || (t.startsWith("### ") && t.contains(" - "))) {
        if (open != null) sections.add(open.close(starts[i]));
        open = Section.start(sections.size() + 1, line, i + 1, starts[i]);
        if (t.startsWith("## ") && skip(t)) open = null;
      } else if (t.startsWith("### ") && open != null && open.presenters.isEmpty()) {
        names(line, line.indexOf("### ") + 4, i + 1, starts[i], open.presenters, "/|&+|,| and ");
      } else if ((CHAT.matcher(t).matches() && !t.startsWith("#"))
          || (TIME.matcher(t).matches()
              && i > 0
              && between(lines[i - 1].strip().length(), 1, 45))) {
        int at = CHAT.matcher(t).matches() ? i : i - 1;
        Matcher m = CHAT.matcher(t);
        String who = m.matches() ? m.group(1) : lines[at];
        who = who.strip().replaceAll(":$", "");
        int b = starts[at] + lines[at].indexOf(who);
        var ref = NameRef.of(who, new SourceRange(at + 1, b, b + who.length()));
        chat.add(new ChatMessage(ref, null, "", who.matches("Me|You"), ref.range()));
      } else if (inTranscript && SPEAKER.matcher(t).find()) {
        Matcher m = SPEAKER.matcher(t);
        m.find();
        var r = new SourceRange(i + 1, starts[i], starts[i] + m.group(1).length());
        transcript.add(new Utterance(NameRef.of(m.group(1), r), null, "", r));
      } else if (open != null && (t.startsWith("* ") || t.startsWith("- "))) {
        var r = new SourceRange(i + 1, starts[i] + line.indexOf(t) + 2, starts[i] + line.length());
        open.items.add(new ListItem(t.substring(2), 0, open.label, r));
      } else if (open != null && !t.isEmpty()) {
        open.label = t.endsWith(":") ? t : null;
      }
    }
    if (open != null) sections.add(open.close(text.length()));
    List<Mention> all = new ArrayList<>(mentions);
    if (mentions.isEmpty()) all.addAll(versions(text, starts, sections));
    var time =
        new MeetingTime(date(name), 0, "file name", ZoneOffset.UTC, false, null, null, 0, null, 0);
    var note =
        new MeetingNote(
            name,
            "Podman Community Meeting",
            name,
            time,
            attendees,
            null,
            null,
            sections,
            List.of(),
            List.of(),
            List.of(),
            chat,
            transcript,
            transcriptAttendees,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new AnnotatedNote(doc, note, all);
  }

  private static boolean between(int x, int lo, int hi) {
    return lo <= x && x <= hi;
  }

  private static boolean skip(String heading) {
    return heading.matches(
        "(?i)## (meeting start|next|.*recording|.*chat|.*transcri|\\w+ \\d+, 20).*");
  }

  private static void names(String line, int from, int lineNo, int lineStart, List<NameRef> out) {
    names(line, from, lineNo, lineStart, out, ",");
  }

  private static void names(
      String line, int from, int lineNo, int lineStart, List<NameRef> out, String separators) {
    int at = from;
    for (String part : line.substring(from).split(separators, -1)) {
      int pos = line.indexOf(part, at);
      at = pos + part.length();
      String n = part.strip().replaceAll("^and ", "").replaceAll("[.,]$", "").strip();
      if (n.isEmpty() || n.contains("'s Presenta") || n.length() > 60) continue;
      if (!separators.equals(",") && !PERSON.matcher(n).matches()) return;
      int b = lineStart + line.indexOf(n, pos);
      Matcher h = Pattern.compile("\\(([a-z0-9]+)\\)").matcher(n);
      String handle = h.find() ? h.group(1) : null;
      out.add(new NameRef(n, handle, null, new SourceRange(lineNo, b, b + n.length())));
    }
  }

  /** What a pattern finder would call a version: "v3.2.0", "Podman v3.2.0-rc3". */
  private static List<Mention> versions(String text, int[] starts, List<AgendaSection> sections) {
    List<Mention> out = new ArrayList<>();
    Matcher m = VERSION.matcher(text);
    while (m.find()) {
      int line = lineOf(starts, m.start());
      int section =
          sections.stream()
              .filter(s -> s.range().begin() <= m.start() && m.start() < s.range().end())
              .mapToInt(AgendaSection::index)
              .findFirst()
              .orElse(0);
      out.add(
          new Mention(
              EntityType.VERSION,
              m.group(),
              new SourceRange(line, m.start(), m.end()),
              1.0,
              "pattern",
              section));
    }
    return out;
  }

  static int lineOf(int[] starts, int offset) {
    int line = 1;
    while (line < starts.length && starts[line] <= offset) line++;
    return line;
  }

  private static LocalDate date(String name) {
    Matcher m = DATE.matcher(name);
    return m.find() ? LocalDate.parse(m.group()) : LocalDate.of(2021, 6, 1);
  }

  /** An agenda section being read. */
  private static final class Section {
    final int index;
    final String title;
    final SourceRange titleRange;
    final int begin;
    final int line;
    final List<NameRef> presenters = new ArrayList<>();
    final List<ListItem> items = new ArrayList<>();
    String label;

    private Section(int index, String title, SourceRange titleRange, int begin, int line) {
      this.index = index;
      this.title = title;
      this.titleRange = titleRange;
      this.begin = begin;
      this.line = line;
    }

    static Section start(int index, String line, int lineNo, int lineStart) {
      String t = line.replaceFirst("^#+\\s*", "");
      int b = lineStart + line.indexOf(t);
      var s = new Section(index, t, new SourceRange(lineNo, b, b + t.length()), lineStart, lineNo);
      int dash = t.lastIndexOf(" - ");
      String lead = dash > 0 ? t.substring(0, dash) : "";
      if (dash > 0
          && dash == t.indexOf(" - ")
          && line.startsWith("###")
          && PERSON.matcher(lead).matches()
          && lead.split(" ").length <= 3
          && !t.contains("video")) {
        String org = t.substring(dash + 3).replaceAll("\\[(.*?)\\]\\(.*?\\)", "$1").strip();
        s.presenters.add(
            new NameRef(lead, null, org, new SourceRange(lineNo, b, b + lead.length())));
      } else if (dash > 0) {
        String who = t.substring(dash + 3).replaceAll("\\(.*?\\)", "").strip();
        int wb = line.indexOf(who, line.lastIndexOf(" - "));
        if (wb > 0) names(line, wb, lineNo, lineStart, s.presenters, "/|&+|,| and ");
      }
      return s;
    }

    AgendaSection close(int end) {
      String lower = title.toLowerCase();
      SectionKind kind =
          lower.contains("announcement")
              ? SectionKind.ANNOUNCEMENTS
              : lower.contains("question")
                  ? SectionKind.QUESTIONS
                  : lower.contains("open") ? SectionKind.OPEN_DISCUSSION : SectionKind.TALK;
      return new AgendaSection(
          index,
          title,
          kind,
          titleRange,
          presenters,
          null,
          List.of(),
          List.of(),
          List.of(),
          items,
          List.of(),
          new SourceRange(line, begin, Math.max(begin, end)));
    }
  }
}
