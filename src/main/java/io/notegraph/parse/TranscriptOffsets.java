package io.notegraph.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Offsets of talks from the note's own transcript, when nothing else gives them: a talk starts
 * where its presenter first speaks of it after the previous talk started. Notes that paste the
 * recording's transcript under a list of topics ("1. Retiring slirp4netns (Tobias)") say when each
 * topic came up only through who spoke when.
 */
final class TranscriptOffsets {
  /** A transcript shorter than this is an excerpt, not the recording's. */
  private static final Duration WHOLE_MEETING = Duration.ofMinutes(5);

  /** How many of the presenter's turns may pass before one names the topic. */
  private static final int LOOKAHEAD = 3;

  private static final Pattern WORD_GAPS = Pattern.compile("[^\\p{L}\\p{N}.]+");

  private TranscriptOffsets() {}

  /**
   * Gives each section with a presenter the time of that presenter's first timed turn after the
   * previous section's, preferring the one of the next few that names most words of the title ("So,
   * release planning" over the host's "Welcome everyone"); only when no section has an offset of
   * its own (the note's offsets win, and half-filled lists would mix two clocks) and the transcript
   * spans the meeting.
   */
  static void fill(List<SectionBuilder> sections, List<Utterance> transcript) {
    if (sections.isEmpty() || !spansMeeting(transcript)) return;
    if (sections.stream().anyMatch(s -> s.offset != null)) return;
    int cursor = 0;
    for (SectionBuilder s : sections) {
      if (s.presenters.isEmpty()) continue;
      List<Integer> turns = new ArrayList<>();
      for (int k = cursor; k < transcript.size() && turns.size() < LOOKAHEAD; k++) {
        Utterance u = transcript.get(k);
        if (u.at() == null || u.speaker() == null) continue;
        if (s.presenters.stream().anyMatch(p -> samePerson(p, u.speaker()))) turns.add(k);
      }
      if (turns.isEmpty()) continue;
      Set<String> title = words(s.title);
      int chosen = turns.get(0);
      long best = 0;
      for (int k : turns) {
        long named = words(transcript.get(k).text()).stream().filter(title::contains).count();
        if (named > best) { // most words of the title; the earliest of equals
          chosen = k;
          best = named;
        }
      }
      s.offset = transcript.get(chosen).at();
      cursor = chosen + 1;
    }
  }

  private static boolean spansMeeting(List<Utterance> transcript) {
    return transcript.stream()
        .map(Utterance::at)
        .filter(a -> a != null)
        .anyMatch(a -> a.compareTo(WHOLE_MEETING) >= 0);
  }

  /**
   * "Bo" presents, "Bo Lindgren" speaks: the same person when the shorter name starts the other.
   */
  static boolean samePerson(NameRef presenter, NameRef speaker) {
    String a = norm(presenter.name());
    String b = norm(speaker.name());
    if (a.isEmpty() || b.isEmpty()) return false;
    if (a.equals(b)) return true;
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return longer.startsWith(shorter + " ") && shorter.length() >= 2;
  }

  /** The words that may name a topic: four letters or more, or with a digit ("6.1", "v6.1"). */
  private static Set<String> words(String s) {
    Set<String> out = new TreeSet<>();
    for (String w : WORD_GAPS.split(s.toLowerCase(Locale.ROOT))) {
      w = w.replaceAll("^\\.+|\\.+$", "");
      if (w.matches("v\\d.*")) w = w.substring(1);
      boolean digit = w.chars().anyMatch(Character::isDigit);
      if (w.length() >= 4 || digit && !w.isEmpty()) out.add(w);
    }
    return out;
  }

  private static String norm(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
