package io.notegraph.parse;

import io.notegraph.diag.FileDiagnostics;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects every statement a note makes about when it happened, then decides: the date from the
 * date heading, else the start line, front matter, a transcript header, and last the file name —
 * and when the file name carries a date that disagrees, the file name wins (headings are typed by
 * hand and copied from the last meeting; file names are what publishing tools key on). The offset
 * is the first one the notes state, else the default zone's rule for that date. Not thread-safe.
 */
final class TimeEvidence {
  private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})");

  LocalDate headingDate;
  int headingLine;
  LocalTime scheduled;
  ZoneOffset headingOffset;
  LocalDate startDate;
  int startDateLine;
  LocalTime start;
  int startLine;
  ZoneOffset startOffset;
  LocalTime end;
  int endLine;
  ZoneOffset endOffset;
  LocalDate frontMatterDate;
  LocalDate transcriptDate;
  int transcriptLine;

  /** Reads a date line ("June 1, 2021 11:00 a.m. Eastern (UTC-4)"). */
  void dateLine(String plain, int line, DateText.Found date, FileDiagnostics diag) {
    headingDate = date.date();
    headingLine = line;
    if (!date.weekdayMatches()) diag.warn(line, "weekday does not match the date " + date.date());
    String rest = plain.substring(date.end());
    TimeText.find(rest).ifPresent(t -> scheduled = t.time());
    TimeText.offset(rest).ifPresent(o -> headingOffset = o);
  }

  /** Reads "Meeting Start: 11:03 a.m." with possibly a date and a zone. */
  void startLine(String plain, int line, FileDiagnostics diag) {
    TimeText.find(plain)
        .ifPresentOrElse(
            t -> {
              start = t.time();
              startLine = line;
            },
            () -> warnNoTime(plain, line, "start", diag));
    DateText.find(plain)
        .ifPresent(
            d -> {
              startDate = d.date();
              startDateLine = line;
              if (!d.weekdayMatches())
                diag.warn(line, "weekday does not match the date " + d.date());
            });
    TimeText.offset(plain).ifPresent(o -> startOffset = o);
  }

  void endLine(String plain, int line, FileDiagnostics diag) {
    TimeText.find(plain)
        .ifPresentOrElse(
            t -> {
              end = t.time();
              endLine = line;
            },
            () -> warnNoTime(plain, line, "end", diag));
    TimeText.offset(plain).ifPresent(o -> endOffset = o);
  }

  private static void warnNoTime(String plain, int line, String what, FileDiagnostics diag) {
    String why = TimeText.looksBroken(plain) ? "incomplete time" : "no time";
    diag.warn(line, "meeting " + what + " line has " + why + ": '" + plain.strip() + "'");
  }

  /** Decides; null when no date is known anywhere. */
  MeetingTime resolve(String fileName, ZoneId defaultZone, FileDiagnostics diag) {
    LocalDate date = headingDate;
    int dateLine = headingLine;
    String source = "heading";
    if (date == null && startDate != null) {
      date = startDate;
      dateLine = startDateLine;
      source = "start line";
    }
    if (date == null && frontMatterDate != null) {
      date = frontMatterDate;
      source = "front matter";
    }
    if (date == null && transcriptDate != null) {
      date = transcriptDate;
      dateLine = transcriptLine;
      source = "transcript";
    }
    LocalDate fromName = fileDate(fileName);
    if (date == null && fromName != null) {
      date = fromName;
      dateLine = 0;
      source = "file name";
    } else if (date != null && fromName != null && !date.equals(fromName)) {
      diag.warn(
          dateLine,
          "the notes say "
              + date
              + " but the file name says "
              + fromName
              + "; using the file name's date");
      date = fromName;
      source = "file name";
    }
    if (date == null) return null;
    if (startDate != null && !startDate.equals(date)) {
      diag.warn(startDateLine, "start line says " + startDate + " but the meeting is on " + date);
    }
    ZoneOffset stated =
        headingOffset != null ? headingOffset : startOffset != null ? startOffset : endOffset;
    LocalTime t = start != null ? start : scheduled != null ? scheduled : LocalTime.NOON;
    ZoneOffset offset = stated != null ? stated : defaultZone.getRules().getOffset(date.atTime(t));
    return new MeetingTime(
        date, dateLine, source, offset, stated != null, scheduled, start, startLine, end, endLine);
  }

  static LocalDate fileDate(String fileName) {
    Matcher m = FILE_DATE.matcher(fileName);
    while (m.find()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        // not a date: keep looking
      }
    }
    return null;
  }
}
