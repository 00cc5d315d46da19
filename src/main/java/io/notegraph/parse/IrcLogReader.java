package io.notegraph.parse;

import io.notegraph.parse.LogLines.Line;
import io.notegraph.parse.TextSegment.SegmentKind;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IRC and Matrix logs as clients and bridges save them: "[12:34] &lt;nick&gt; message", "12:34:56
 * &lt;@op&gt; message", "[2024-05-02 12:34] &lt;@alice:example.org&gt; message", or just
 * "&lt;nick&gt; message"; join/part/action lines ("* nick waves", "-!- nick has joined") are
 * accounted for but carry no message. The nick is the sender's handle (a Matrix ID's local part).
 * Most non-blank lines must be such lines. Stateless.
 */
final class IrcLogReader {
  private static final Pattern MESSAGE =
      Pattern.compile(
          "^\\s*(?:\\[?(?:\\d{4}-\\d{2}-\\d{2}[ T])?(\\d{1,2}:\\d{2}(?::\\d{2})?)\\]?\\s+)?"
              + "<[@+%~&]?([^>\\s]{1,60})>\\s?(.*)$");
  private static final Pattern EVENT =
      Pattern.compile(
          "^\\s*(?:\\[?(?:\\d{4}-\\d{2}-\\d{2}[ T])?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s+)?"
              + "(?:\\*{1,3}\\s+\\S+|-!-|<--|-->)\\s.*$");
  private static final Pattern MATRIX_ID = Pattern.compile("@?([^:@\\s]+):[\\w.-]+");

  private IrcLogReader() {}

  /** The chat this block holds, or null when it is not an IRC/Matrix log. */
  static LogBlock read(List<Line> lines, String document) {
    List<ChatMessage> chat = new ArrayList<>();
    List<TextSegment> segments = new ArrayList<>();
    int nonBlank = 0;
    int matched = 0;
    for (Line line : lines) {
      if (line.isBlank()) continue;
      nonBlank++;
      if (EVENT.matcher(line.text()).matches()) {
        matched++;
        continue;
      }
      Matcher m = MESSAGE.matcher(line.text());
      // "<li>item</li>", "<br>": markup, not a nick
      if (!m.matches() || m.group(3).contains("</") || line.trimmed().endsWith(">")) continue;
      matched++;
      String nick = m.group(2);
      int nickBegin = line.begin() + m.start(2);
      int nickEnd = line.begin() + m.end(2);
      Matcher mx = MATRIX_ID.matcher(nick);
      if (mx.matches()) { // "@alice:example.org": the local part
        nickBegin = line.begin() + m.start(2) + mx.start(1);
        nickEnd = line.begin() + m.start(2) + mx.end(1);
        nick = mx.group(1);
      }
      LocalTime time = m.group(1) == null ? null : ClockTimes.parseTimeOfDay(m.group(1));
      NameRef sender =
          new NameRef(nick, nick, null, new SourceRange(line.number(), nickBegin, nickEnd));
      String text = m.group(3).strip();
      chat.add(new ChatMessage(sender, time, text, false, line.range()));
      int tb = line.begin() + m.start(3);
      int te = Math.max(tb, line.contentEnd());
      if (te > tb)
        segments.add(
            new TextSegment(SegmentKind.CHAT, new SourceRange(line.number(), tb, te), 0, nick));
    }
    if (chat.size() < 2 || matched * 10 < nonBlank * 6) return null;
    return new LogBlock(LogBlock.Kind.CHAT, chat, List.of(), List.of(), segments);
  }
}
