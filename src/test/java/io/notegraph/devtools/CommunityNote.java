package io.notegraph.devtools;

import io.notegraph.devtools.SyntheticNote.Style;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one note in the Community Meeting style: declared attendee count, {@code ## Title}, {@code
 * ### Presenter}, {@code #### (m:ss in the video)}, Q&A, and a BlueJeans chat in a fenced block.
 * Not thread-safe (one per note).
 */
final class CommunityNote {
  private final SplittableRandom r;
  private final LocalDate date;
  private final StringBuilder md = new StringBuilder(16_384);
  private final List<String> titles = new ArrayList<>();
  private final List<List<String>> presenters = new ArrayList<>();

  CommunityNote(SplittableRandom r, LocalDate date) {
    this.r = r;
    this.date = date;
  }

  SyntheticNote write() {
    List<Integer> people = People.pick(8 + r.nextInt(18), r);
    String[] names = people.stream().map(p -> People.variant(p, r)).toArray(String[]::new);
    line("# Podman Community Meeting");
    line("## " + Dates.longDate(date) + " 11:00 a.m. Eastern (UTC-4)");
    line("");
    // Notes often list one person twice or declare a count that is off by one.
    List<String> attendees = new ArrayList<>(List.of(names));
    if (r.nextInt(3) == 0) attendees.add(names[r.nextInt(names.length)]);
    int declared = names.length + (r.nextInt(4) == 0 ? 1 : 0);
    line("### Attendees (" + declared + " total)");
    line(String.join(", ", attendees));
    line("");
    line("## Meeting Start: 11:0" + r.nextInt(6) + " a.m.");
    line("### BlueJeans [Recording](https://bluejeans.example/s/" + Dates.token(r, 11) + ")");
    line("");
    String host = People.full(people.get(0));
    section("General Announcements", List.of(host), null);
    line("* " + Prose.sentence(r, null));
    line("");
    int minute = 1;
    int talks = 2 + r.nextInt(4);
    for (int t = 0; t < talks; t++) {
      minute += 2 + r.nextInt(9);
      List<String> by = presentersFor(people);
      section(Prose.title(r), by, minute + ":" + Dates.two(r.nextInt(60)));
      int paras = 2 + r.nextInt(5);
      for (int p = 0; p < paras; p++) {
        line(Prose.paragraph(r, names));
        line("");
      }
      if (r.nextBoolean()) {
        line("[Slides](https://slides.example/" + Dates.token(r, 8) + ".pdf)");
        line("");
      }
    }
    minute += 3;
    section("Questions?", List.of(), minute + ":" + Dates.two(r.nextInt(60)));
    int qs = 1 + r.nextInt(3);
    for (int q = 1; q <= qs; q++) {
      line(
          q
              + ". "
              + Prose.sentence(r, null).replaceFirst("\\.$", "?")
              + " ("
              + People.handle(people.get(r.nextInt(people.size())))
              + ")");
      line("");
    }
    line("## Meeting End: 11:5" + r.nextInt(10) + " a.m.");
    line("");
    chat(people);
    return new SyntheticNote(
        date + ".md", md.toString(), Style.COMMUNITY, titles, presenters, declared);
  }

  private List<String> presentersFor(List<Integer> people) {
    int a = people.get(r.nextInt(people.size()));
    if (r.nextInt(5) != 0) return List.of(People.full(a));
    int b = people.get(r.nextInt(people.size()));
    return b == a ? List.of(People.full(a)) : List.of(People.full(a), People.full(b));
  }

  private void section(String title, List<String> by, String offset) {
    titles.add(title.replace("`", "")); // the parser reads titles as plain text
    presenters.add(by);
    line("## " + title);
    if (!by.isEmpty()) line("### " + String.join("/", by));
    if (offset != null) line("#### (" + offset + " in the video)");
    line("");
  }

  private void chat(List<Integer> people) {
    line("### BlueJeans chat:");
    line("```");
    int n = 5 + r.nextInt(40);
    int minute = 58;
    for (int i = 0; i < n; i++) {
      int p = people.get(r.nextInt(people.size()));
      String who = r.nextInt(6) == 0 ? People.handle(p) : People.full(p);
      minute += r.nextInt(2);
      int h = 10 + minute / 60;
      line(who + h + ":" + Dates.two(minute % 60) + " AM");
      line(Prose.sentence(r, null));
    }
    line("```");
  }

  private void line(String s) {
    md.append(s).append('\n');
  }
}
