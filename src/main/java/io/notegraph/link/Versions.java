package io.notegraph.link;

import io.notegraph.nlp.AnnotatedNote;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Mention;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.SourceRange;
import io.notegraph.parse.TextSegment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Release entities: each VERSION mention and each version in a section title becomes {@code
 * project/{slug}/version/{revision}} of the project an evidence rule ties it to (see {@link #hit}),
 * or nothing. One run only. {@link #link} only reads, so notes may be linked on several threads;
 * the effects it returns record what was found and must run on one thread, in note order.
 */
final class Versions {
  // Compiled once: String.split/matches/replaceAll compile their pattern on every call.
  private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[*_`]");
  private static final java.util.regex.Pattern WORD_GAPS =
      java.util.regex.Pattern.compile("[\\s*_`\\[\\]()]+");

  /** Where a version was found and what it resolved to. */
  record Hit(SourceRange range, String id, String surface, String reason) {}

  /** Project a version belongs to when nothing names one. */
  private static final String DEFAULT_PROJECT = "Podman";

  private final Things things;
  private final Map<String, String> projectOf = new TreeMap<>();
  private final Map<String, SortedMap<String, Integer>> surfaces = new TreeMap<>();
  private final Map<String, Fact> facts = new TreeMap<>();

  Versions(Things things) {
    this.things = things;
  }

  /**
   * Versions of one note: its VERSION mentions, then title versions no mention covers. What must be
   * recorded (project surfaces, release names, evidence) is added to {@code effects}, to run in
   * order. A version no rule ties to a project is left out: it stays an unresolved mention.
   */
  List<Hit> link(AnnotatedNote note, List<Runnable> effects) {
    String text = note.document().text();
    String file = note.document().name();
    Optional<Things.Resolution> series = seriesProject(note);
    List<Hit> hits = new java.util.ArrayList<>();
    TreeSet<SourceRange> covered = new TreeSet<>();
    java.util.Set<String> revisions = revisionsOf(note);
    // Revisions this note wrote with their project's name, so far (read in text order).
    Map<String, Things.Resolution> namedSoFar = new java.util.HashMap<>();
    for (Mention m : note.mentions()) {
      if (m.type() != EntityType.VERSION) continue;
      Optional<VersionText.Found> f = VersionText.first(m.text());
      if (f.isEmpty()) continue;
      String named = m.text().substring(0, f.get().begin()).strip();
      String before = text.substring(lineStart(text, m.range().begin()), m.range().begin());
      AgendaSection s = section(note, m.sectionIndex());
      f = Optional.of(spokenReading(note, m.range(), f.get(), revisions));
      Context c = new Context(note, m.range(), f.get(), before, s, series, namedSoFar);
      hit(c, m.text(), oneForm(f.get().revision(), revisions), named, file, effects)
          .ifPresent(hits::add);
      covered.add(m.range());
    }
    for (AgendaSection s : note.note().sections()) {
      if (s.titleRange() == null) continue;
      Optional<VersionText.Found> f = VersionText.inTitle(s.title());
      if (f.isEmpty()) continue;
      String written = s.title().substring(f.get().begin(), f.get().end());
      int at = text.indexOf(written, s.titleRange().begin());
      if (at < 0 || at + written.length() > s.titleRange().end()) continue;
      SourceRange r = new SourceRange(s.titleRange().line(), at, at + written.length());
      if (covered.stream().anyMatch(c -> c.begin() <= r.begin() && r.end() <= c.end())) continue;
      String before = s.title().substring(0, f.get().begin());
      String word = f.get().prefixed() ? "" : lastWord(before);
      Context c = new Context(note, r, f.get(), before, s, series, namedSoFar);
      hit(c, written, oneForm(f.get().revision(), revisions), word, file, effects)
          .ifPresent(hits::add);
    }
    seriesLead(note)
        .ifPresent(
            lead -> {
              // "Kestrel 23" in a Kestrel TSC meeting: the finder knows no project "Kestrel", so
              // its bare major releases are read here.
              java.util.regex.Matcher m =
                  java.util.regex.Pattern.compile(
                          "(?<![\\w-])"
                              + java.util.regex.Pattern.quote(lead)
                              + "[ \\t]+(v?\\d{1,3})(?![\\w]|[.:,]\\d|%|-\\d)")
                      .matcher(text);
              while (m.find()) {
                SourceRange r = new SourceRange(lineOf(text, m.start()), m.start(), m.end());
                if (covered.stream().anyMatch(x -> x.begin() < r.end() && r.begin() < x.end()))
                  continue;
                if (hits.stream()
                    .anyMatch(h -> h.range().begin() < r.end() && r.begin() < h.range().end()))
                  continue;
                String written = m.group();
                Optional<VersionText.Found> f = VersionText.first(written);
                if (f.isEmpty()) continue;
                String before = text.substring(lineStart(text, m.start()), m.start());
                Context c =
                    new Context(
                        note, r, f.get(), before, sectionAt(note, m.start()), series, namedSoFar);
                hit(c, written, oneForm(f.get().revision(), revisions), lead, file, effects)
                    .ifPresent(hits::add);
              }
            });
    return hits;
  }

  private static int lineOf(String text, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  private static AgendaSection sectionAt(AnnotatedNote note, int at) {
    AgendaSection best = null;
    for (AgendaSection s : note.note().sections()) {
      if (s.range() != null && s.range().begin() <= at && at < s.range().end()) best = s;
    }
    return best;
  }

  /**
   * "podman 50 final" in a transcript of a note that writes Podman v5.0: speech-to-text dropped the
   * dot, and the note's own dotted revision with the same digits is what was said. Any other number
   * stays as found.
   */
  private static VersionText.Found spokenReading(
      AnnotatedNote note, SourceRange range, VersionText.Found f, java.util.Set<String> revisions) {
    if (f.dotted() || !f.revision().matches("\\d{2,3}")) return f;
    for (TextSegment seg : note.note().segments()) {
      if (seg.range().begin() <= range.begin() && range.end() <= seg.range().end()) {
        if (seg.kind() != TextSegment.SegmentKind.TRANSCRIPT) return f;
        break;
      }
    }
    String reading = null;
    for (String r : new java.util.TreeSet<>(revisions)) {
      if (r.matches("\\d+\\.\\d+") && r.replace(".", "").equals(f.revision())) {
        if (reading != null) return f; // two readings: say nothing
        reading = r;
      }
    }
    return reading == null ? f : new VersionText.Found(f.begin(), f.end(), reading, f.prefixed());
  }

  /** Every revision the note writes, in mentions and titles. */
  private static java.util.Set<String> revisionsOf(AnnotatedNote note) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Mention m : note.mentions()) {
      if (m.type() == EntityType.VERSION)
        VersionText.first(m.text()).ifPresent(f -> out.add(f.revision()));
    }
    for (AgendaSection s : note.note().sections()) {
      VersionText.inTitle(s.title()).ifPresent(f -> out.add(f.revision()));
    }
    return out;
  }

  /**
   * "5.0" and "5.0.0" in one note are one version: the note's X.Y.0 becomes X.Y when it also writes
   * X.Y, and a bare X becomes X.0 when it writes X.0, so the note's graph has one node.
   */
  static String oneForm(String revision, java.util.Set<String> inNote) {
    if (revision.matches("\\d+") && inNote.contains(revision + ".0")) {
      return revision + ".0"; // "Podman 5" where the note also writes "Podman 5.0"
    }
    if (revision.matches("\\d+\\.\\d+\\.0")) {
      String shorter = revision.substring(0, revision.length() - 2);
      if (inNote.contains(shorter)) return shorter;
    }
    return revision;
  }

  /** Where a version stands: what the evidence rules read. */
  record Context(
      AnnotatedNote note,
      SourceRange range,
      VersionText.Found found,
      String before,
      AgendaSection section,
      Optional<Things.Resolution> series,
      Map<String, Things.Resolution> named) {}

  /**
   * The project a version belongs to, by the first rule that holds (docs/GRAPH.md, "Evidence"):
   * named in the version's own text ("Fedora 36", 0.95); named in the words right before it (0.9);
   * the series' own unknown project before it (0.85); a product of the meeting's project ("Desktop
   * 1.12", 0.8); a project handed the number ("the V8 update to 13.4", 0.8); a continued version
   * (0.75); the same number written earlier with its project's name (0.7); in a transcript, only a
   * turn that says the version came out (0.6, 0.55); the one project its sentence names before it
   * (0.7); the project of the section's title, or else of the meeting series or folder, when the
   * sentence speaks of a release or writes "since v1.6" (0.65, 0.6). Never a default: "one v4 and
   * one v6", "starting at 11.02", "Need 5.5+" and "shepherds 4.0" belong to no project.
   */
  private Optional<Hit> hit(
      Context c, String surface, String rev, String named, String file, List<Runnable> effects) {
    Optional<Things.Resolution> project =
        named.isEmpty() ? Optional.empty() : namedProject(MARKUP.matcher(named).replaceAll(""), c);
    String rule;
    double confidence;
    if (VersionEvidence.isRequirement(c)) {
      return Optional.empty(); // "Need 5.5+, Ubuntu 5.0+": a minimum (of a kernel), no release
    } else if (VersionEvidence.isQuantityOrPart(c, named)) {
      return Optional.empty(); // "7.5 megabytes", "12 years", "Section 6.2"
    } else if (!named.isEmpty() && project.isEmpty()) {
      return Optional.empty(); // "go 1.0", "Try v2": a word that only looks like a project
    } else if (project.isPresent()) {
      rule = "the project is named in the version's own text";
      confidence = 0.95;
    } else if ((project = projectBefore(c.before())).isPresent()) {
      rule = "the project is named right before the version";
      confidence = 0.9;
    } else if ((project = seriesLeadBefore(c)).isPresent()) {
      rule = "the project the meeting series is named after is written right before the version";
      confidence = 0.85;
    } else if ((project = productOfSeries(c)).isPresent()) {
      rule = "the word before the version names a product of the meeting's project";
      confidence = 0.8;
    } else if ((project = linkedBefore(c)).isPresent()) {
      rule = "the project is named before the version, joined by 'update to' or 'starting from'";
      confidence = 0.8;
    } else if ((project = continued(c)).isPresent()) {
      rule = "it continues a version of the project named before it in the paragraph";
      confidence = 0.75;
    } else if ((project = sameNumberNamedBefore(c, rev)).isPresent()) {
      rule = "the note wrote this same number with its project before";
      confidence = 0.7;
    } else if (!VersionEvidence.standsAlone(c)) {
      return Optional.empty();
    } else if (VersionEvidence.inTranscript(c)) {
      // Speech-to-text makes numbers of anything: only "5.1 is out", "we shipped 5.1 last week"
      // counts, as a release of the project of the section or the meeting.
      if (!VersionEvidence.saysItShipped(c) || VersionEvidence.ownedByWordBefore(c))
        return Optional.empty();
      Optional<Things.Resolution> said = VersionEvidence.projectSaidBefore(c, things);
      if (said.isPresent()) {
        // "Buildah, yeah, 1.36 is out": the turn names a project first; the number is its own
        // only when it is the meeting's project, else nobody's (speech-to-text loses the link).
        if (c.series().isEmpty() || !said.get().id().equals(c.series().get().id()))
          return Optional.empty();
        project = said;
        rule = "a transcript turn names the project and says the version came out";
        confidence = 0.6;
      } else if (c.section() != null && (project = projectIn(c.section().title())).isPresent()) {
        rule = "a transcript turn says the version came out, in a section about the project";
        confidence = 0.6;
      } else if ((project = c.series()).isPresent()) {
        rule = "a transcript turn says the version came out, in a meeting about the project";
        confidence = 0.55;
      } else {
        return Optional.empty();
      }
    } else if ((project = VersionEvidence.soleProjectOfSentence(c, things)).isPresent()) {
      if (project.get() == VersionEvidence.OTHER_PROJECT) return Optional.empty();
      rule = "the sentence names this one project before the version";
      confidence = 0.7;
    } else if (!(VersionEvidence.speaksOfARelease(c) || VersionEvidence.writtenAsAVersion(c))
        || VersionEvidence.distributionFollows(c)
        || VersionEvidence.pronounSubject(c)
        || VersionEvidence.ownedByWordBefore(c)) {
      return Optional.empty(); // "22.04 LTS", "It just reached v1.0": not the meeting's project
    } else if (c.section() != null && (project = projectIn(c.section().title())).isPresent()) {
      rule = "the section title names the project and the sentence speaks of a release";
      confidence = 0.65;
    } else if ((project = c.series()).isPresent()) {
      rule = "the meeting series is about the project and the sentence speaks of a release";
      confidence = 0.6;
    } else {
      return Optional.empty();
    }
    Things.Resolution p = project.get();
    // A number written with its project's name (not one inherited from a paragraph, a transcript
    // or this very rule) names that project for the bare repeats of the number further on.
    if (confidence >= 0.7
        && !rule.startsWith("it continues")
        && !rule.startsWith("a transcript")
        && !rule.startsWith("the note wrote")) {
      c.named().put(rev, p);
    }
    String id = p.id() + "/version/" + rev;
    String stripped = surface.strip();
    int line = c.range().line();
    String why = rule;
    double conf = confidence;
    effects.add(
        () -> {
          things.record(p);
          projectOf.put(id, p.id());
          surfaces.computeIfAbsent(id, k -> new TreeMap<>()).merge(stripped, 1, Integer::sum);
          facts.merge(
              file + "\u0000" + id,
              new Fact(file, id, Fact.VERSION_OF, p.id(), conf, why, line),
              (a, b) -> b.confidence() > a.confidence() ? b : a);
        });
    return Optional.of(
        new Hit(c.range(), id, stripped, "version: " + rule + " (revision " + rev + ")"));
  }

  /**
   * The project a version's own text names, read as a careful reader would: a name the gazetteer
   * matches only as written ("Go", not the verb "go") must be written so; a name the gazetteer does
   * not know counts only capitalised and with a dotted or "v" number ("Kestrel 2.1", not "kind 2"
   * or "Try v2" in a transcript).
   */
  private Optional<Things.Resolution> namedProject(String phrase, Context c) {
    String p = phrase.strip();
    if (p.isEmpty()) return Optional.empty();
    var entry = things.gazetteer().lookup(p, EntityType.PROJECT);
    if (entry.isPresent()) {
      if (!writtenAsItsName(p, entry.get())) return Optional.empty();
      if (!c.found().dotted() && VersionEvidence.inTranscript(c) && number(c) > 99) {
        return Optional.empty(); // "Kubernetes 129": speech-to-text dropped the dot
      }
      return things.identify(EntityType.PROJECT, p);
    }
    boolean capitalised = Character.isUpperCase(p.codePointAt(0));
    if (capitalised && seriesLead(c.note()).filter(p::equals).isPresent()) {
      // "Lumen 1.9.2" said in a Lumen Community Call, "Kestrel 23" in the Kestrel TSC: the
      // meeting's own project, which the note also writes before a dotted version.
      return things.identify(EntityType.PROJECT, p);
    }
    if (!capitalised || !(c.found().dotted() || c.found().prefixed())) return Optional.empty();
    if (VersionEvidence.inTranscript(c)) return Optional.empty();
    return things.identify(EntityType.PROJECT, p);
  }

  /**
   * Whether a name the gazetteer matches only as written ("Go", not the verb "go") is written so.
   */
  private static boolean writtenAsItsName(
      String phrase, io.notegraph.nlp.gazetteer.Gazetteer.Entry e) {
    String key = Names.normalise(phrase);
    boolean exactOnly =
        e.exactLabels().stream().anyMatch(l -> Names.normalise(l).equals(key))
            && e.altLabels().stream().noneMatch(l -> Names.normalise(l).equals(key));
    return !exactOnly || e.exactLabels().stream().anyMatch(l -> l.equals(phrase));
  }

  private static long number(Context c) {
    String rev = c.found().revision().replaceAll("[^0-9.].*$", "");
    String major = rev.contains(".") ? rev.substring(0, rev.indexOf('.')) : rev;
    try {
      return Long.parseLong(major);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The project of the nearest version before this one in its paragraph that names its project,
   * when this number continues it: the same major ("Podman 4.0.3 ... no plan for 4.0.4 ... go to
   * 4.1"; "RHEL 8.2 has ... 8.2.1 has ...") or written right after it with a slash or "and" ("RHEL
   * 8.8/9.2", "Ubuntu 21.04 and 21.10").
   */
  private Optional<Things.Resolution> continued(Context c) {
    String text = c.note().document().text();
    int at = VersionEvidence.numberBegin(c);
    int para = text.lastIndexOf("\n\n", at);
    para = para < 0 ? 0 : para;
    Mention nearest = null;
    VersionText.Found nearestFound = null;
    for (Mention m : c.note().mentions()) {
      if (m.type() != EntityType.VERSION || m.range().end() > at || m.range().begin() < para)
        continue;
      Optional<VersionText.Found> f = VersionText.first(m.text());
      if (f.isEmpty() || f.get().begin() == 0) continue; // names no project
      if (nearest == null || m.range().begin() > nearest.range().begin()) {
        nearest = m;
        nearestFound = f.get();
      }
    }
    if (nearest == null) return Optional.empty();
    // Within one block only: items of a list are about different things.
    int from = text.indexOf('\n', nearest.range().end());
    if (from >= 0 && from < at) {
      for (String l : text.substring(from + 1, at).split("\n", -1)) {
        if (l.matches("\\s*(?:[-*+]|\\d{1,3}[.)]|#{1,6})\\s.*")) return Optional.empty();
      }
    }
    String name = MARKUP.matcher(nearest.text().substring(0, nearestFound.begin())).replaceAll("");
    var entry = things.gazetteer().lookup(name.strip(), EntityType.PROJECT);
    if (entry.isEmpty() || entry.get().type() != EntityType.PROJECT) return Optional.empty();
    String between = text.substring(nearest.range().end(), at).strip();
    boolean glued =
        between.equals("/")
            || between.equals(",")
            || between.equalsIgnoreCase("and")
            || between.equalsIgnoreCase("or");
    String thisMajor = c.found().revision().split("[.-]")[0];
    String thatMajor = nearestFound.revision().split("[.-]")[0];
    if (!glued && !(c.found().dotted() && thisMajor.equals(thatMajor))) return Optional.empty();
    return things.identify(EntityType.PROJECT, name.strip());
  }

  /**
   * "## Quillbox Desktop 3.4 release" ... "### New in 3.4": a bare number the note already wrote
   * with a project's name, earlier, is that project's (the latest such mention wins).
   */
  private static Optional<Things.Resolution> sameNumberNamedBefore(Context c, String rev) {
    return Optional.ofNullable(c.named().get(rev));
  }

  /** The project the meeting series (or the note's title) names: "Podman Community Meeting". */
  private Optional<Things.Resolution> seriesProject(AnnotatedNote note) {
    String named =
        (note.note().series() == null ? "" : note.note().series())
            + " "
            + (note.note().title() == null ? "" : note.note().title());
    Optional<Things.Resolution> p = projectIn(named);
    if (p.isEmpty()) p = seriesLead(note).flatMap(w -> things.identify(EntityType.PROJECT, w));
    if (p.isPresent()) return p;
    // Notes without a series line ("# 2021-06-01 meeting") still belong to the default project
    // when their file sits in a folder named for it (podman-community/...).
    String folder = note.document().name().toLowerCase(java.util.Locale.ROOT);
    if (folder.contains(Names.normalise(DEFAULT_PROJECT).replace(' ', '-')))
      return things.identify(EntityType.PROJECT, DEFAULT_PROJECT);
    p = folderProject(note.document().name());
    if (p.isPresent()) return p;
    return seriesName(note).flatMap(w -> things.identify(EntityType.PROJECT, w));
  }

  /**
   * The project a community's top folder is named after ("rust-lang-team/minutes/..." is Rust's,
   * "fedora-council/..." Fedora's): its first one or two hyphenated words, when the gazetteer knows
   * them as a project. Nothing for a note outside a folder.
   */
  private Optional<Things.Resolution> folderProject(String document) {
    int slash = document.indexOf('/');
    if (slash <= 0) return Optional.empty();
    String[] words = document.substring(0, slash).split("[-_ .]+");
    for (int n = Math.min(2, words.length); n >= 1; n--) {
      String phrase = String.join(" ", List.of(words).subList(0, n));
      if (phrase.length() < 3) continue;
      var entry = things.gazetteer().lookup(phrase, EntityType.PROJECT);
      if (entry.isPresent() && entry.get().type() == EntityType.PROJECT) {
        return things.identify(EntityType.PROJECT, entry.get().name());
      }
    }
    return Optional.empty();
  }

  /**
   * "Desktop 1.12" in a Podman meeting: the word right before the number, with the name of the
   * meeting's (or the section's) project in front, is a project the gazetteer knows ("Podman
   * Desktop", "Podman Compose"). In a transcript only when the sentence speaks of a release.
   */
  private Optional<Things.Resolution> productOfSeries(Context c) {
    String word = lastWord(MARKUP.matcher(c.before()).replaceAll(""));
    boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    // "Desktop 1.12"; speech-to-text also writes "desktop 1.12", never a word of three letters.
    if (word.length() < (capitalised ? 3 : 4) || !word.chars().allMatch(Character::isLetter))
      return Optional.empty();
    if (VersionEvidence.inTranscript(c) && !VersionEvidence.sentenceSpeaksOfARelease(c))
      return Optional.empty();
    List<Optional<Things.Resolution>> owners = new java.util.ArrayList<>();
    if (c.section() != null) owners.add(projectIn(c.section().title()));
    owners.add(c.series());
    for (Optional<Things.Resolution> owner : owners) {
      if (owner.isEmpty() || !owner.get().known()) continue;
      String name = things.name(owner.get().id());
      if (name == null || Names.normalise(name).equals(Names.normalise(word))) continue;
      var entry = things.gazetteer().lookup(name + " " + word, EntityType.PROJECT);
      if (entry.isPresent() && entry.get().type() == EntityType.PROJECT) {
        return things.identify(EntityType.PROJECT, entry.get().name());
      }
    }
    return Optional.empty();
  }

  /**
   * "the V8 update to 13.4", "bump crun to 1.15", "available in RHEL starting from 9.2": a project
   * named right before words that hand it the number.
   */
  private Optional<Things.Resolution> linkedBefore(Context c) {
    String before = MARKUP.matcher(c.before()).replaceAll("").stripTrailing();
    java.util.regex.Matcher m = LINKED_BEFORE.matcher(before);
    if (m.find()) return projectBefore(m.group(1));
    m = BUMPED.matcher(before);
    return m.find() ? projectBefore(m.group(1)) : Optional.empty();
  }

  /** "bump crun to", "upgraded Go to": the verb, the project, "to". */
  private static final java.util.regex.Pattern BUMPED =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:update|upgrade|bump|move)\\w*\\s+(?:the\\s+)?(\\S.{0,40}?)\\s+to\\s+v?$");

  /** A project's name, then the words that give it the version after them. */
  private static final java.util.regex.Pattern LINKED_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)^(.*?\\S)\\s+(?:(?:update|upgrade|bump|move|switch)(?:s|d|ed)?\\s+to"
              + "|(?:starting|beginning)\\s+(?:from|with|in|at)|from\\s+version|as\\s+of)"
              + "(?:\\s+(?:version|release|v))?\\s*v?$");

  /**
   * The project a series is named after when the gazetteer does not know it: the series' (else the
   * title's) first word, capitalised and not a word meetings are named with ("Kestrel Technical
   * Steering Committee", "Wren Community Call"), and only when the note itself writes that word
   * right before a dotted version ("Wren 2.3"), so "Design Meeting" or "T-Lang Meeting" name none.
   */
  static Optional<String> seriesLead(AnnotatedNote note) {
    String named = note.note().series() != null ? note.note().series() : note.note().title();
    if (named == null) return Optional.empty();
    java.util.regex.Matcher m = SERIES_LEAD.matcher(named.strip());
    if (!m.lookingAt() || MEETING_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT)))
      return Optional.empty();
    String word = m.group(1);
    java.util.regex.Pattern written =
        java.util.regex.Pattern.compile(
            "(?<![\\w-])" + java.util.regex.Pattern.quote(word) + "[\\s*_`]+v?\\d+\\.\\d+");
    return written.matcher(note.document().text()).find() ? Optional.of(word) : Optional.empty();
  }

  private static final java.util.Set<String> MEETING_WORDS =
      java.util.Set.of(
          "release",
          "releases",
          "weekly",
          "monthly",
          "daily",
          "community",
          "team",
          "design",
          "planning",
          "triage",
          "sync",
          "working",
          "steering",
          "technical",
          "office",
          "project",
          "general",
          "public",
          "open",
          "meeting",
          "notes",
          "minutes",
          "agenda",
          "the",
          "our");

  /**
   * "Tansy UI contributor sync", "Apache Corvid PMC call", "Halyard community meeting": the one to
   * three capitalised words before the series' first meeting word name the community's own project
   * when the note writes that name again in its text (not only in its title; a crate's name may be
   * written in lower case, "ferrule") and no gazetteer knows it as an organization ("OpenSSF
   * working group" is a foundation's group, not a product's).
   */
  private Optional<String> seriesName(AnnotatedNote note) {
    String named = note.note().series() != null ? note.note().series() : note.note().title();
    if (named == null) return Optional.empty();
    List<String> words = new java.util.ArrayList<>();
    for (String w : named.strip().split("\\s+")) {
      String bare = w.toLowerCase(java.util.Locale.ROOT);
      if (MEETING_WORDS.contains(bare) || SERIES_KINDS.contains(bare)) break;
      if (!SERIES_WORD.matcher(w).matches() || words.size() == 3) return Optional.empty();
      words.add(w);
    }
    if (words.isEmpty()) return Optional.empty();
    String name = String.join(" ", words);
    if (things.gazetteer().lookup(name, EntityType.ORGANIZATION).isPresent()) {
      return Optional.empty();
    }
    String text = note.document().text();
    int titleEnd = text.indexOf('\n', Math.max(0, text.indexOf(words.get(0))));
    java.util.regex.Matcher again =
        java.util.regex.Pattern.compile(
                "(?<![\\w-])" + java.util.regex.Pattern.quote(name) + "(?![\\w-])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
            .matcher(text);
    while (again.find()) {
      if (titleEnd >= 0 && again.start() > titleEnd && !frontMatterTitle(text, again.start())) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code at} is on a front matter's "title:" line. */
  private static boolean frontMatterTitle(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    return text.startsWith("title:", start);
  }

  /** A word of a project's name: capitalised, or a lower-case crate-like name with a capital. */
  private static final java.util.regex.Pattern SERIES_WORD =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\d.+#-]*|\\p{Lu}{2,}");

  /** Words that say what kind of meeting a series is, after the project's name. */
  private static final java.util.Set<String> SERIES_KINDS =
      java.util.Set.of(
          "pmc",
          "council",
          "maintainers",
          "maintainer",
          "contributor",
          "contributors",
          "wg",
          "sig",
          "tsc",
          "call",
          "sync",
          "standup",
          "stand-up",
          "board",
          "core",
          "user",
          "users",
          "developer",
          "developers",
          "dev",
          "summit",
          "cabal",
          "office",
          "hours",
          "—",
          "-",
          "–",
          ":");

  private static final java.util.regex.Pattern SERIES_LEAD =
      java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}\\d-]{2,})(?=\\s)");

  /** "Wren 2.3" in a "Wren Community Call": the series' own project, which no gazetteer knows. */
  private Optional<Things.Resolution> seriesLeadBefore(Context c) {
    Optional<String> lead = seriesLead(c.note());
    if (lead.isEmpty() || !lastWord(MARKUP.matcher(c.before()).replaceAll("")).equals(lead.get()))
      return Optional.empty();
    return things.identify(EntityType.PROJECT, lead.get());
  }

  /** Evidence of every version tie, one per (document, version), in document-name order. */
  List<Fact> facts() {
    return List.copyOf(facts.values());
  }

  /** The last one to three words before the version, if they name a project. */
  private Optional<Things.Resolution> projectBefore(String before) {
    String[] words = WORD_GAPS.split(before.strip());
    if (words.length > 0) {
      words[words.length - 1] = words[words.length - 1].replaceFirst("['’]s$", ""); // "crun's 1.15"
    }
    if (words.length > 0 && words[words.length - 1].equalsIgnoreCase("kernel")) {
      return things
          .identify(EntityType.PROJECT, "Linux") // "kernel 6.0" is Linux 6.0
          .filter(Things.Resolution::known);
    }
    if (words.length > 1 && words[words.length - 1].matches("(?i)version|release|v")) {
      words = java.util.Arrays.copyOf(words, words.length - 1); // "Buildah version 1.31"
    }
    for (int n = Math.min(3, words.length); n >= 1; n--) {
      String phrase = String.join(" ", List.of(words).subList(words.length - n, words.length));
      if (phrase.isBlank()) continue;
      var entry = things.gazetteer().lookup(phrase, EntityType.PROJECT);
      if (entry.isPresent()
          && entry.get().type() == EntityType.PROJECT
          && writtenAsItsName(phrase, entry.get())) {
        return things.identify(EntityType.PROJECT, phrase);
      }
      if (n == 1 && Names.normalise(phrase).equals(Names.normalise(DEFAULT_PROJECT))) {
        return things.identify(EntityType.PROJECT, phrase);
      }
    }
    return Optional.empty();
  }

  private Optional<Things.Resolution> projectIn(String title) {
    String[] words = WORD_GAPS.split(title.strip());
    for (int n = 3; n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String phrase = String.join(" ", List.of(words).subList(i, i + n));
        var entry = things.gazetteer().lookup(phrase, EntityType.PROJECT);
        if (entry.isPresent() && entry.get().type() == EntityType.PROJECT) {
          return things.identify(EntityType.PROJECT, phrase);
        }
      }
    }
    return Optional.empty();
  }

  private static AgendaSection section(AnnotatedNote note, int index) {
    return note.note().sections().stream().filter(s -> s.index() == index).findFirst().orElse(null);
  }

  /** The last word of {@code s}; emphasis, code and bracket marks count as spaces. */
  static String lastWord(String s) {
    String[] words = WORD_GAPS.split(s.strip());
    return words.length == 0 ? "" : words[words.length - 1];
  }

  private static int lineStart(String text, int at) {
    return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  }

  Map<String, Entity> entities() {
    Map<String, Entity> out = new TreeMap<>();
    for (var e : projectOf.entrySet()) {
      String rev = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      String name = things.name(e.getValue()) + " " + rev;
      var alt = new TreeSet<>(surfaces.get(e.getKey()).keySet());
      alt.remove(name);
      out.put(
          e.getKey(),
          new Entity(
              e.getKey(),
              EntityType.VERSION,
              name,
              alt,
              new TreeSet<>(),
              List.of(),
              null,
              null,
              new TreeSet<>(),
              e.getValue()));
    }
    return out;
  }
}
