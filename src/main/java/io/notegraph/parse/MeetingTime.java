package io.notegraph.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When a meeting happened.
 *
 * @param date the meeting's date, never null (a note without one is rejected by the parser)
 * @param dateLine line the date was taken from (0 when it came from the file name)
 * @param dateSource where the date came from: "heading", "start line", "front matter",
 *     "transcript", "file name"
 * @param offset UTC offset: as the notes state it, else from the default zone on that date
 * @param offsetStated whether the notes stated the offset ("(UTC-4)", "EDT")
 * @param scheduled scheduled time of day from the date line, or null
 * @param start actual start time of day ("Meeting Start: 11:03 a.m."), or null
 * @param startLine its line, or 0
 * @param end actual end time of day, or null
 * @param endLine its line, or 0
 */
public record MeetingTime(
    LocalDate date,
    int dateLine,
    String dateSource,
    ZoneOffset offset,
    boolean offsetStated,
    LocalTime scheduled,
    LocalTime start,
    int startLine,
    LocalTime end,
    int endLine) {
  public MeetingTime {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(offset, "offset");
  }

  /** Actual start if the notes give one, else the scheduled time, else null. */
  public OffsetDateTime startDateTime() {
    LocalTime t = start != null ? start : scheduled;
    return t == null ? null : OffsetDateTime.of(date, t, offset);
  }

  /** Actual end, or null. An end before the start is taken to be past midnight. */
  public OffsetDateTime endDateTime() {
    if (end == null) return null;
    OffsetDateTime e = OffsetDateTime.of(date, end, offset);
    OffsetDateTime s = startDateTime();
    return s != null && e.isBefore(s) ? e.plusDays(1) : e;
  }

  /** A time of day on this meeting's date and offset (chat messages). */
  public OffsetDateTime at(LocalTime time) {
    return OffsetDateTime.of(date, time, offset);
  }
}
