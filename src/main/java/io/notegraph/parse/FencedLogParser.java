package io.notegraph.parse;

import io.notegraph.diag.Diagnostic;
import io.notegraph.diag.Diagnostics;
import io.notegraph.diag.FileDiagnostics;
import io.notegraph.parse.LogLines.Line;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads chat logs and raw transcripts pasted into meeting notes as fenced (or indented) blocks:
 * BlueJeans and Google Meet chat ("Matt Heon11:23 AM" then the message), "Name: message" chat,
 * Google Meet transcripts (with "Attendees", "00:05:00" markers), WebVTT/SubRip and Zoom's text
 * saves, Teams / Google Meet / Jitsi transcripts with stamped turns ({@link
 * StampedTranscriptReader}), Discord chat ("Ana — 05/06/2025 6:01 PM", {@link DatedChatReader}),
 * IRC and Matrix logs ("[12:34] &lt;nick&gt; message"), one-line chat exports ("[12:34] Ana:
 * message", {@link BracketedChatReader}). Anything else — YAML, shell, prose — is {@link
 * LogBlock.Kind#CODE} and yields nothing.
 *
 * <p>Blocks are classified by their content; the heading before the block only decides whether
 * "Name: text" lines without any transcript marks are a chat or a transcript. Each format must
 * account for most of the block's lines, and speaker labels must read as names or handles, so that
 * "image: mysql" or "https://..." never become speakers. Time is linear in the block's size.
 *
 * <pre>{@code
 * LogBlock block = new FencedLogParser().parse(text, begin, end, line, "Raw Meeting Chat:", diag);
 * for (ChatMessage m : block.chat()) System.out.println(m.sender().name() + ": " + m.text());
 * }</pre>
 *
 * <p>Stateless and thread-safe: one instance may serve every thread.
 */
public final class FencedLogParser {
  /** A Google Meet meeting code ("ieq-pxhy-jbh") copied along at the end of a chat. */
  private static final Pattern MEETING_CODE = Pattern.compile("[a-z]{3}-[a-z]{4}-[a-z]{3}");

  /**
   * Classifies and parses one fenced (or indented) block.
   *
   * @param documentText the whole document, line breaks normalised to '\n'
   * @param contentBegin offset of the block's content (just after the opening fence line)
   * @param contentEnd offset just after the content (the start of the closing fence line)
   * @param firstLine 1-based line number of the first content line
   * @param headingContext the nearest heading or paragraph before the block, or null
   * @param diagnostics where odd content is reported, with its line
   */
  public LogBlock parse(
      String documentText,
      int contentBegin,
      int contentEnd,
      int firstLine,
      String headingContext,
      FileDiagnostics diagnostics) {
    Objects.requireNonNull(documentText, "documentText");
    Objects.requireNonNull(diagnostics, "diagnostics");
    if (contentBegin < 0 || contentEnd < contentBegin || contentEnd > documentText.length()) {
      throw new IllegalArgumentException(
          "bad content range [" + contentBegin + "," + contentEnd + ")");
    }
    List<Line> lines =
        withoutTrailer(LogLines.split(documentText, contentBegin, contentEnd, firstLine));
    if (LogLines.nonBlankCount(lines) == 0) return LogBlock.code();
    if (WebVttReader.accepts(lines)) return WebVttReader.read(lines, documentText, diagnostics);
    LogBlock zoom = ZoomLogReader.read(lines, documentText);
    if (zoom != null) return zoom;
    LogBlock irc = IrcLogReader.read(lines, documentText);
    if (irc != null) return irc;
    LogBlock stamped = StampedTranscriptReader.read(lines, documentText);
    if (stamped != null) return stamped;
    LogBlock dated = DatedChatReader.read(lines, documentText);
    if (dated != null) return dated;
    LogBlock bracketed = BracketedChatReader.read(lines, documentText);
    if (bracketed != null) return bracketed;
    // Try both remaining readers quietly; only the one chosen reports its problems, replayed from
    // its own sink rather than by reading the block a second time (that was 18% of parse CPU).
    Diagnostics timedSink = new Diagnostics();
    Diagnostics labelledSink = new Diagnostics();
    LogBlock timed = TimedChatReader.read(lines, documentText, timedSink.forFile(""));
    LogBlock labelled =
        LabelledLogReader.read(lines, documentText, headingContext, labelledSink.forFile(""));
    if (timed == null && labelled == null) return LogBlock.code();
    if (labelled == null || (timed != null && size(timed) >= size(labelled))) {
      return replay(timed, timedSink, diagnostics);
    }
    return replay(labelled, labelledSink, diagnostics);
  }

  private static LogBlock replay(LogBlock block, Diagnostics from, FileDiagnostics to) {
    for (Diagnostic d : from.all()) {
      to.sink().report(new Diagnostic(d.severity(), to.file(), d.line(), d.message()));
    }
    return block;
  }

  private static int size(LogBlock block) {
    return block.chat().size() + block.transcript().size();
  }

  /** The lines without trailing blank lines and meeting codes. */
  private static List<Line> withoutTrailer(List<Line> lines) {
    int end = lines.size();
    while (end > 0
        && (lines.get(end - 1).isBlank()
            || MEETING_CODE.matcher(lines.get(end - 1).trimmed()).matches())) {
      end--;
    }
    return lines.subList(0, end);
  }
}
