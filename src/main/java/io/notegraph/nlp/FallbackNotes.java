package io.notegraph.nlp;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.ChatMessage;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.MeetingTime;
import io.notegraph.parse.NameRef;
import io.notegraph.parse.SourceRange;
import io.notegraph.parse.TextSegment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the note parser, for evaluation when no parsed {@link MeetingNote} is at hand:
 * every paragraph (text between blank lines) is one PROSE segment, and a few structural cues give
 * the per-document person list — the comma-separated line under an "Attendees" heading, a heading
 * that is only a name right under a section title (a presenter), and chat lines "Name 11:19 AM".
 * The real parser's notes replace this wherever they exist. Stateless.
 */
public final class FallbackNotes {
  private static final Pattern PARAGRAPH = Pattern.compile("(?s)\\S.*?(?=\\n[ \\t]*\\n|\\z)");
  private static final Pattern ATTENDEES =
      Pattern.compile(
          "(?im)^(?:#+[^\\n"
              + "]*attendees[^\\n"
              + "]*\\n"
              + "+([^\\n"
              + "#][^\\n"
              + "]*)|attendees[^:\\n"
              + "]*:[ \\t]*([^\\n"
              + "]+))");
  private static final Pattern TITLE_THEN_PRESENTER =
      Pattern.compile("(?m)^##[ \\t]+([^\\n]+)\\n###[ \\t]+([^\\n]+)$");
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,3}");
  private static final Pattern CHAT_SENDER =
      Pattern.compile(
          "(?m)^((?:\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){0,3})|[a-z][a-z_.-]*[a-z](?:"
              + " [a-z][a-z'-]+)?)(?: \\(([^)\\n"
              + "]+)\\))?\\s*\\d{1,2}:\\d{2}\\s*[AP]M$");

  private FallbackNotes() {}

  public static MeetingNote of(SourceDocument document) {
    String text = document.text();
    LineIndex lines = new LineIndex(text);
    List<TextSegment> segments = new ArrayList<>();
    Matcher p = PARAGRAPH.matcher(text);
    while (p.find()) {
      SourceRange r = new SourceRange(lines.lineOf(p.start()), p.start(), p.end());
      segments.add(new TextSegment(TextSegment.SegmentKind.PROSE, r, 0, null));
    }
    List<NameRef> attendees = new ArrayList<>();
    Matcher a = ATTENDEES.matcher(text);
    if (a.find()) {
      int g = a.group(1) != null ? 1 : 2;
      int base = a.start(g);
      Matcher n = Pattern.compile("[^,]+").matcher(a.group(g));
      while (n.find()) {
        Matcher name = NAME.matcher(n.group());
        if (name.find()) {
          int b = base + n.start() + name.start();
          attendees.add(ref(name.group().replaceFirst("\\.$", ""), null, lines, b));
        }
      }
    }
    List<AgendaSection> sections = new ArrayList<>();
    Matcher t = TITLE_THEN_PRESENTER.matcher(text);
    while (t.find()) {
      String heading = t.group(2).replaceAll("\\s+[-–(].*$", "").strip();
      Matcher name = NAME.matcher(heading);
      if (!name.matches() || heading.split("\\s+").length < 2) continue;
      SourceRange titleRange = new SourceRange(lines.lineOf(t.start(1)), t.start(1), t.end(1));
      NameRef presenter = ref(heading, null, lines, t.start(2));
      sections.add(
          new AgendaSection(
              sections.size() + 1,
              t.group(1).strip(),
              AgendaSection.SectionKind.TALK,
              titleRange,
              List.of(presenter),
              null,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              titleRange));
    }
    List<ChatMessage> chat = new ArrayList<>();
    Matcher c = CHAT_SENDER.matcher(text);
    while (c.find()) {
      String name = c.group(1);
      boolean me = name.equals("Me") || name.equals("You");
      NameRef sender = ref(name, c.group(2), lines, c.start(1));
      SourceRange r = new SourceRange(lines.lineOf(c.start()), c.start(), c.end());
      chat.add(new ChatMessage(sender, null, "", me, r));
    }
    MeetingTime time =
        new MeetingTime(
            LocalDate.EPOCH, 0, "file name", ZoneOffset.UTC, false, null, null, 0, null, 0);
    return new MeetingNote(
        document.name(),
        "unknown",
        document.fileName(),
        time,
        attendees,
        null,
        null,
        sections,
        List.of(),
        List.of(),
        List.of(),
        chat,
        List.of(),
        List.of(),
        segments);
  }

  private static NameRef ref(String name, String handle, LineIndex lines, int begin) {
    SourceRange r = new SourceRange(lines.lineOf(begin), begin, begin + name.length());
    return new NameRef(name, handle, null, r);
  }
}
