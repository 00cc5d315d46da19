package io.notegraph.devtools;

import io.notegraph.devtools.SyntheticNote.Style;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one note in the Cabal style: inline {@code Attendees:}, a numbered topic list, {@code ###
 * Title (m:ss in the video) - Presenter}, open discussion, next meeting, a raw chat and a Google
 * Meet transcript in fenced blocks. Not thread-safe (one per note).
 */
final class CabalNote {
  private final SplittableRandom r;
  private final LocalDate date;
  private final StringBuilder md = new StringBuilder(16_384);
  private final List<String> titles = new ArrayList<>();
  private final List<List<String>> presenters = new ArrayList<>();

  CabalNote(SplittableRandom r, LocalDate date) {
    this.r = r;
    this.date = date;
  }

  SyntheticNote write() {
    List<Integer> people = People.pick(6 + r.nextInt(14), r);
    String[] names = people.stream().map(p -> People.variant(p, r)).toArray(String[]::new);
    line("# Podman Community Cabal Meeting Notes");
    line("");
    line("Attendees: " + String.join(", ", names));
    line("");
    int talks = 1 + r.nextInt(3);
    List<String> talkTitles = new ArrayList<>();
    List<String> by = new ArrayList<>();
    for (int t = 0; t < talks; t++) {
      talkTitles.add(cabalTitle());
      by.add(People.full(people.get(r.nextInt(people.size()))));
    }
    line("## " + Dates.longDate(date) + " Topics");
    line("");
    for (int t = 0; t < talks; t++) line((t + 1) + ". " + talkTitles.get(t) + " - " + by.get(t));
    line("");
    line("### Meeting Notes");
    line("Video [Recording](https://video.example/" + Dates.token(r, 11) + ")");
    line("");
    line(
        "Meeting start 11:0"
            + r.nextInt(6)
            + " a.m. "
            + Dates.weekday(date)
            + ", "
            + Dates.longDate(date));
    line("");
    int minute = 0;
    for (int t = 0; t < talks; t++) {
      minute += 1 + r.nextInt(15);
      String offset = minute + ":" + Dates.two(r.nextInt(60));
      titles.add(talkTitles.get(t));
      presenters.add(List.of(by.get(t)));
      line("### " + talkTitles.get(t) + " (" + offset + " in the video) - " + by.get(t));
      line("");
      int paras = 3 + r.nextInt(8);
      for (int p = 0; p < paras; p++) {
        line(Prose.paragraph(r, names));
        line("");
      }
    }
    minute += 5;
    titles.add("Open discussion");
    presenters.add(List.of());
    line("#### Open discussion (" + minute + ":" + Dates.two(r.nextInt(60)) + " in the video)");
    line("");
    line(
        "1. "
            + People.first(people.get(0))
            + " asked whether "
            + Prose.sentence(r, null).replaceFirst("\\.$", "?")
            + " It does.");
    line("");
    LocalDate next = date.plusWeeks(4);
    line(
        "### Next Meeting: "
            + Dates.weekday(next)
            + ", "
            + Dates.longDate(next)
            + ", 11:00 a.m. EDT (UTC-4)");
    line("## Possible Topics");
    line("1. " + Prose.title(r).replace("`", "") + " - " + People.full(people.get(1)));
    line("");
    line("Meeting finished 12:0" + r.nextInt(6) + " p.m.");
    line("");
    chat(people);
    transcript(people);
    return new SyntheticNote(date + ".md", md.toString(), Style.CABAL, titles, presenters, null);
  }

  /** Plain titles; "Demo ..." at a heading's start reads as a demo of the previous talk. */
  private String cabalTitle() {
    String t = Prose.title(r).replace("`", "");
    return t.startsWith("Demo: ") ? "Walkthrough of " + t.substring(6) : t;
  }

  private void chat(List<Integer> people) {
    line("Raw Meeting Chat:");
    line("");
    line("```");
    int n = 3 + r.nextInt(15);
    for (int i = 0; i < n; i++) {
      line(People.full(people.get(r.nextInt(people.size()))) + "11:" + Dates.two(2 + i) + " AM");
      line(Prose.sentence(r, null));
    }
    line("```");
    line("");
  }

  private void transcript(List<Integer> people) {
    line("Raw Google Meet Transcript");
    line("```");
    line(
        Dates.token(r, 3).toLowerCase()
            + "-"
            + Dates.token(r, 4).toLowerCase()
            + "-"
            + Dates.token(r, 3).toLowerCase()
            + " ("
            + date
            + " 17:03 GMT+1) - Transcript");
    line("Attendees");
    List<String> names = people.stream().map(People::full).toList();
    line(String.join(", ", names));
    line("Transcript");
    line("This editable transcript was computer generated and might contain errors.");
    int n = 20 + r.nextInt(80);
    for (int i = 0; i < n; i++) {
      if (i > 0 && i % 15 == 0) line("00:" + Dates.two(i / 3) + ":00");
      line(names.get(r.nextInt(names.size())) + ": " + Prose.sentence(r, null));
    }
    line("Meeting ended after 00:" + Dates.two(40 + r.nextInt(20)) + ":10 👋");
    line("```");
  }

  private void line(String s) {
    md.append(s).append('\n');
  }
}
