package io.notegraph.link;

import io.notegraph.nlp.EntityType;
import io.notegraph.parse.AgendaSection;
import io.notegraph.parse.ListItem;
import io.notegraph.parse.SourceRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a linked corpus says about releases, read off its resolved VERSION ranges: the features each
 * version brings, what each note says of each version (status, release day) and the dates versions
 * came out. Kept out of {@link LinkedCorpus} so that record's signature stays as it is. Stateless;
 * thread-safe.
 *
 * <pre>{@code
 * LinkedCorpus corpus = resolver.link(notes, diagnostics);
 * for (Feature f : Releases.features(corpus)) System.out.println(f.versionId() + ": " + f.text());
 * }</pre>
 */
public final class Releases {
  /**
   * "v5.1 brings faster pulls and quieter logs", "Wren 3.1 is planned for October and ships A, B
   * and C": what follows the verb is the feature list, when the words between the version and the
   * verb stay in its clause (no sentence end, no "until", "because", "when" starting another one).
   */
  private static final Pattern BRINGS =
      Pattern.compile(
          "(?i)^(?:(?!\\b(?:until|because|when|if|after|before|since|while|but|so|who|whom|where"
              + "|unless|once|whether)\\b)(?:[^.;:!?\\n]|;\\s*(?=(?:it|this release|which)\\b)))"
              + "{0,60}?"
              + "\\b(?:brings|adds|includes|including|introduces|ships|contains|will bring|will add"
              + "|to include|to add|to bring"
              + "|will include|will ship|will introduce|comes with|ships with|with support for"
              + "|adds support for|will have|will support|now supports|will get|will use|now uses"
              + "|will default to|now defaults to)\\s+(.+)");

  /** Section titles that announce a version's contents: "What's new in v9.1", "v9 features". */
  private static final Pattern CONTENT_TITLE =
      Pattern.compile(
          "(?i)\\b(?:features?|what'?s new|new in|highlights|release notes|changelog)\\b");

  private Releases() {}

  /**
   * Features by three rules, in document order: items labelled "...Features:" in a section whose
   * title, else whose first versioned line, names a version; every top-level item of a section
   * whose title names a version and announces contents ("What's new in v9.1"); and the parts of
   * "vX.Y brings/adds/includes A, B and C" right after a version.
   */
  public static List<Feature> features(LinkedCorpus corpus) {
    List<Feature> out = new ArrayList<>();
    for (LinkedNote note : corpus.notes()) {
      List<Map.Entry<SourceRange, Entity>> versions = versions(note, corpus);
      if (versions.isEmpty()) continue;
      String doc = note.annotated().document().name();
      String text = note.annotated().document().text();
      // One feature per line: the list rules first, then the parser's labelled items, then prose.
      Map<Integer, List<Feature>> byLine = new TreeMap<>();
      for (Feature f : FeatureLists.find(text, doc, FeatureLists.of(versions))) {
        byLine.computeIfAbsent(f.range().line(), k -> new ArrayList<>()).add(f);
      }
      for (AgendaSection s : note.annotated().note().sections()) {
        Optional<Entity> version = versionOf(s, versions);
        if (version.isEmpty()) continue;
        boolean contentTitle =
            s.titleRange() != null
                && CONTENT_TITLE.matcher(s.title()).find()
                && versions.stream().anyMatch(e -> within(e.getKey(), s.titleRange()));
        for (ListItem item : s.items()) {
          boolean labelled = item.label() != null && isFeatureLabel(item.label());
          boolean listed = contentTitle && item.label() == null && item.depth() == 0;
          String clean = FeatureLists.clean(item.text());
          if ((labelled || listed)
              && !clean.isEmpty()
              && !byLine.containsKey(item.range().line())) {
            byLine.put(
                item.range().line(), List.of(feature(version.get(), clean, item.range(), doc)));
          }
        }
      }
      for (var e : versions) {
        if (byLine.containsKey(e.getKey().line())) continue;
        List<Feature> parts = brings(text, e, doc);
        if (parts.isEmpty()) parts = proposedFor(text, e, doc);
        if (parts.isEmpty()) parts = stated(text, e, doc);
        if (!parts.isEmpty()) byLine.put(e.getKey().line(), parts);
      }
      // Once per version: a later "Drop X - explanation" repeats an earlier "Drop X".
      List<Feature> kept = new ArrayList<>();
      for (List<Feature> line : byLine.values()) {
        for (Feature f : line) {
          String named = FeatureLists.named(f.text());
          if (FeatureLists.isFiller(named) || FeatureLists.repeats(kept, f.versionId(), named))
            continue;
          kept.add(new Feature(f.versionId(), f.projectId(), named, f.range(), f.document()));
        }
      }
      out.addAll(kept);
    }
    return out;
  }

  /**
   * "v5.1 brings A, B and C", "Podman 9.2 is out and adds A and B", "9.2 was released, including
   * A": the parts of what follows the verb in the version's sentence, when no other version stands
   * between them.
   */
  private static List<Feature> brings(String text, Map.Entry<SourceRange, Entity> e, String doc) {
    String rest = lineWithContinuations(text, e.getKey().end()).replaceAll("\\s*\\n\\s*", " ");
    Matcher m = BRINGS.matcher(rest);
    if (!m.find()) return List.of();
    String list =
        m.group(1)
            .replaceAll("[.!?;](?:\\s.*)?$", "") // "adds X; repo at ...": the list ends there
            .replaceAll("[.!\\s]+$", "");
    list = list.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
    if (VersionText.first(list).isPresent()) return List.of(); // "adds 9.3 support": not a list
    List<Feature> out = new ArrayList<>();
    for (String part : parts(list)) {
      String clean = FeatureLists.clean(part.replaceFirst("^(?:and|also)\\s+", ""));
      // ", which was left off": a relative clause about the part before; "a few bug fixes" counts.
      // "9.2 will have its first RCs in early March": a schedule, not a capability.
      if (clean.isEmpty()
          || RELATIVE.matcher(clean).lookingAt()
          || ReleaseProse.generic(clean)
          || FeatureSentences.SCHEDULE.matcher(clean).find()) continue;
      out.add(feature(e.getValue(), clean, e.getKey(), doc));
    }
    return out;
  }

  private static final Pattern RELATIVE = Pattern.compile("(?i)(?:which|that|who|whose)\\b");

  /** "A, B and C": the parts of an enumeration, split at commas, semicolons and the last "and". */
  static List<String> parts(String list) {
    List<String> parts = new ArrayList<>(List.of(list.split("\\s*[,;]\\s*")));
    String last = parts.remove(parts.size() - 1).replaceFirst("^and\\s+", "");
    parts.addAll(List.of(last.split("\\s+and\\s+")));
    parts.removeIf(String::isBlank);
    return parts;
  }

  /**
   * "A, B and C" as its parts when every part is short (a name, not a clause: at most eight words);
   * otherwise the text whole, since commas inside a sentence do not make a list.
   */
  static List<String> enumerated(String text) {
    List<String> parts = parts(text);
    boolean short_ = parts.stream().allMatch(p -> p.strip().split("\\s+").length <= 8);
    return parts.size() > 1 && short_ ? parts : List.of(text);
  }

  /**
   * The rest of the line from {@code from}, with the lines that continue it: a wrapped list item or
   * paragraph ("it brings A, faster\n startup and C"), up to a blank line, a new item or heading.
   */
  static String lineWithContinuations(String text, int from) {
    int end = text.indexOf('\n', from);
    if (end < 0) return text.substring(from);
    StringBuilder out = new StringBuilder(text.substring(from, end));
    while (end >= 0 && end + 1 < text.length()) {
      int next = text.indexOf('\n', end + 1);
      String line = text.substring(end + 1, next < 0 ? text.length() : next);
      if (line.isBlank()
          || !Character.isWhitespace(line.charAt(0)) && !Character.isLetter(line.charAt(0))
          || CONTINUATION_STOP.matcher(line).lookingAt()
          || out.toString().stripTrailing().matches("(?s).*[.!?:]$")) break;
      out.append('\n').append(line);
      end = next;
    }
    return out.toString();
  }

  /** Lines that start something new: a list item, a heading, a table row, a fence. */
  private static final Pattern CONTINUATION_STOP =
      Pattern.compile("^\\s*(?:[-*+]\\s|\\d{1,3}[.)]\\s|#{1,6}\\s|\\||```|~~~|>)");

  /** "Stabilize X in Rust 1.42", "ship X for v9.2": X is proposed for that version. */
  static final Pattern PROPOSED_FOR =
      Pattern.compile(
          "(?i)\\b(?:stabili[sz]e|ship|land|enable|introduce|add)\\s+(\\S.{1,80}?)\\s+(?:in|for)\\s+$");

  /** "Static binaries will be added for v3.0": the clause's subject is added in that version. */
  private static final Pattern ADDED_FOR =
      Pattern.compile(
          "(?i)^[\\s>]*(?:[-*+]|\\d{1,3}[.)])?\\s*(?:\\p{L}+:\\s+)?(\\S(?:[^.;:!?]){1,80}?)\\s+"
              + "(?:will be|is being|are being|was|were|has been|have been|is|are)\\s+"
              + "(?:also\\s+)?(?:added|introduced|shipped|landed|enabled|included)\\s+"
              + "(?:in|for|with)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?v?$");

  private static List<Feature> proposedFor(
      String text, Map.Entry<SourceRange, Entity> e, String doc) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, e.getKey().begin() - 1)) + 1;
    String before = text.substring(lineStart, e.getKey().begin());
    Matcher m = PROPOSED_FOR.matcher(before);
    if (!m.find()) {
      m = ADDED_FOR.matcher(before);
      if (!m.find()) return List.of();
    }
    String clean = FeatureLists.clean(m.group(1));
    return clean.isEmpty() ? List.of() : List.of(feature(e.getValue(), clean, e.getKey(), doc));
  }

  /** "Upcoming in v9.4 is A and B", "in 9.5 we switched X to Y": {@link FeatureSentences}. */
  private static List<Feature> stated(String text, Map.Entry<SourceRange, Entity> e, String doc) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, e.getKey().begin() - 1)) + 1;
    String before = text.substring(Math.min(lineStart, e.getKey().begin()), e.getKey().begin());
    String after = lineWithContinuations(text, e.getKey().end()).replaceAll("\\s*\\n\\s*", " ");
    List<Feature> out = new ArrayList<>();
    for (String f : FeatureSentences.find(before, after)) {
      out.add(feature(e.getValue(), f, e.getKey(), doc));
    }
    return out;
  }

  private static Feature feature(Entity version, String text, SourceRange range, String doc) {
    return new Feature(version.id(), version.project(), text, range, doc);
  }

  /**
   * What each note says of each version it ties to a project: the strongest status of its
   * statements (released > rc > planned > mentioned), the release day when a statement says the
   * version came out that day. One per (note, version), in note order then version id.
   */
  public static List<ReleaseStatement> statements(LinkedCorpus corpus) {
    List<ReleaseStatement> out = new ArrayList<>();
    for (LinkedNote note : corpus.notes()) {
      String text = note.annotated().document().text();
      String doc = note.annotated().document().name();
      LocalDate date =
          note.annotated().note().time() == null ? null : note.annotated().note().time().date();
      Map<String, ReleaseStatement> byVersion = new TreeMap<>();
      for (var e : versions(note, corpus)) {
        SourceRange r = e.getKey();
        String id = e.getValue().id();
        String clause = Sentences.clauseText(text, r.begin(), r.end());
        int lineEnd = text.indexOf('\n', r.end());
        String after = text.substring(r.end(), lineEnd < 0 ? text.length() : lineEnd);
        boolean candidate = id.contains("-rc") || id.contains("-alpha") || id.contains("-beta");
        int lineStart = text.lastIndexOf('\n', Math.max(0, r.begin() - 1)) + 1;
        // The words before the mention ("Stabilize X in " Rust 1.42, "main branch is now " v5.0).
        String before = text.substring(Math.min(lineStart, r.begin()), r.begin());
        ReleaseStatus status = ReleaseStatus.of(clause, after, candidate, before);
        if (status == ReleaseStatus.MENTIONED && HEADING.matcher(before).lookingAt()) {
          // "## Podman v3.2.0 Updates" then "Currently on final RC, hoping to release today".
          status = ReleaseStatus.of(firstParagraph(text, lineEnd), "", candidate, "");
        }
        String sentence0 = Sentences.sentenceText(text, r.begin(), r.end());
        // "Will there be a 2.1.2?" asks whether; "When's v3.3 coming out?" takes the plan as given.
        boolean asked =
            (after.matches("^\\s*\\?.*") || sentence0.strip().endsWith("?"))
                && !WHEN_ASKED.matcher(sentence0).find();
        if (status == ReleaseStatus.PLANNED && asked) {
          status = ReleaseStatus.MENTIONED; // "Will there be a 2.1.2?": asked, not planned
        }
        if (ReleaseStatus.datedBefore(after, date) && !candidate) {
          status = ReleaseStatus.RELEASED; // "### v2.2.1 (2025-05-14)": a changelog's dated entry
        }
        if (status == ReleaseStatus.MENTIONED && !asked) {
          String sentence = Sentences.sentenceText(text, r.begin(), r.end());
          if (onlyVersionIn(sentence, e, note, corpus, text)) {
            status = ReleaseStatus.of(sentence, after, candidate, before);
          }
        }
        boolean cameOut = status == ReleaseStatus.RELEASED || status == ReleaseStatus.RC;
        LocalDate issued = cameOut && ReleaseStatus.today(clause) ? date : null;
        ReleaseStatement now =
            new ReleaseStatement(doc, id, status.literal(), issued, date, r.line());
        byVersion.merge(id, now, Releases::stronger);
      }
      // "v4.4 RC2 out recently": a candidate of 4.4 is out, so the 4.4 the note names is to come.
      for (var e : byVersion.entrySet()) {
        ReleaseStatement st = e.getValue();
        if (!st.status().equals(ReleaseStatus.MENTIONED.literal())) continue;
        String final_ = withoutZeros(e.getKey());
        boolean candidateOf =
            byVersion.keySet().stream()
                .anyMatch(
                    k -> k.matches(".*-(?:rc|alpha|beta)\\w*$") && withoutZeros(k).equals(final_));
        if (candidateOf) {
          e.setValue(
              new ReleaseStatement(
                  st.document(),
                  st.versionId(),
                  ReleaseStatus.PLANNED.literal(),
                  null,
                  st.mentionedOn(),
                  st.line()));
        }
      }
      out.addAll(byVersion.values());
    }
    return out;
  }

  /** "project/p/version/4.4.0-rc2" and ".../4.4" as ".../4.4": the release a candidate is of. */
  private static String withoutZeros(String id) {
    return id.replaceFirst("-(?:rc|alpha|beta)\\w*$", "").replaceFirst("(?:\\.0)+$", "");
  }

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s");

  /** A question that takes the release as coming and asks when: "When's v3.3 coming out?". */
  private static final Pattern WHEN_ASKED =
      Pattern.compile("(?i)\\b(?:when|when's|what time|how soon|how long until)\\b");

  /**
   * The first paragraph of prose after a heading ending at {@code from}, skipping sub-headings
   * (presenter, offset) and blank lines; empty when a list, table or another version comes first.
   */
  static String firstParagraph(String text, int from) {
    if (from < 0) return "";
    StringBuilder out = new StringBuilder();
    for (String l : text.substring(from).split("\n", -1)) {
      if (l.isBlank()) {
        if (out.length() > 0) break;
        continue;
      }
      if (HEADING.matcher(l).lookingAt()) {
        if (out.length() > 0) break;
        continue;
      }
      if (l.strip().matches("^(?:[-*+|>]|\\d{1,3}[.)]).*") || VersionText.first(l).isPresent())
        break;
      out.append(l).append(' ');
    }
    return out.toString();
  }

  private static ReleaseStatement stronger(ReleaseStatement a, ReleaseStatement b) {
    ReleaseStatus sa = status(a.status());
    ReleaseStatus sb = status(b.status());
    ReleaseStatus best = ReleaseStatus.strongest(sa, sb);
    ReleaseStatement keep = best == sa ? a : b;
    LocalDate issued = a.issued() != null ? a.issued() : b.issued();
    return new ReleaseStatement(
        keep.document(),
        keep.versionId(),
        keep.status(),
        best == ReleaseStatus.RELEASED || best == ReleaseStatus.RC ? issued : null,
        keep.mentionedOn(),
        keep.line());
  }

  private static ReleaseStatus status(String literal) {
    for (ReleaseStatus s : ReleaseStatus.values()) if (s.literal().equals(literal)) return s;
    return ReleaseStatus.MENTIONED;
  }

  private static boolean onlyVersionIn(
      String sentence,
      Map.Entry<SourceRange, Entity> version,
      LinkedNote note,
      LinkedCorpus corpus,
      String text) {
    int[] s = Sentences.sentence(text, version.getKey().begin(), version.getKey().end());
    for (var e : versions(note, corpus)) {
      if (e.getKey().begin() >= s[0]
          && e.getKey().end() <= s[1]
          && !e.getValue().id().equals(version.getValue().id())) {
        return false;
      }
    }
    return true;
  }

  /** Versions some note says came out on its meeting's day (earliest day wins). */
  public static List<Release> releases(LinkedCorpus corpus) {
    Map<String, LocalDate> issued = new TreeMap<>();
    for (ReleaseStatement s : statements(corpus)) {
      if (s.issued() != null) {
        issued.merge(s.versionId(), s.issued(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return issued.entrySet().stream().map(e -> new Release(e.getKey(), e.getValue())).toList();
  }

  static boolean isFeatureLabel(String label) {
    String l = label.strip().replaceAll("[:*_\\s]+$", "").toLowerCase(Locale.ROOT);
    return l.endsWith("features") || l.endsWith("feature");
  }

  /** The note's VERSION ranges and their entities, in document order; read once per note. */
  private static List<Map.Entry<SourceRange, Entity>> versions(LinkedNote note, LinkedCorpus c) {
    List<Map.Entry<SourceRange, Entity>> out = new ArrayList<>();
    for (var e : note.entityByRange().entrySet()) {
      Entity entity = c.entity(e.getValue());
      if (entity != null && entity.type() == EntityType.VERSION)
        out.add(Map.entry(e.getKey(), entity));
    }
    return out;
  }

  private static Optional<Entity> versionOf(
      AgendaSection s, List<Map.Entry<SourceRange, Entity>> versions) {
    Entity inTitle = null;
    Entity inBody = null;
    for (var e : versions) {
      Entity entity = e.getValue();
      if (s.titleRange() != null && within(e.getKey(), s.titleRange()) && inTitle == null) {
        inTitle = entity;
      } else if (s.range() != null && within(e.getKey(), s.range()) && inBody == null) {
        inBody = entity;
      }
    }
    return Optional.ofNullable(inTitle != null ? inTitle : inBody);
  }

  private static boolean within(SourceRange r, SourceRange outer) {
    return outer.begin() <= r.begin() && r.end() <= outer.end();
  }
}
