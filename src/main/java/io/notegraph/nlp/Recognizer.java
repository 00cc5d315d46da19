package io.notegraph.nlp;

import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.parse.LineIndex;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.SourceRange;
import io.notegraph.parse.TextSegment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Finds people, projects, organizations, versions and commands in a note's free text. Per segment:
 * Markdown link targets, URLs and code markers are masked (offsets kept); the gazetteer, the note's
 * own people (attendees, presenters, chat senders, speakers), handle, version and command patterns,
 * and the trained person model each propose mentions; overlaps are resolved (longer span, then
 * structure > gazetteer > pattern > model).
 *
 * <pre>{@code
 * Recognizer r = Recognizer.builder().build();
 * List<Mention> mentions = r.find(document, note);
 * }</pre>
 *
 * <p>Cost: each pattern is tried only where its first character can start a match ({@link
 * GuardedPattern}), phrase keys are made only for tokens a trie may hold, and the person model runs
 * only on segments with an "open" word. On the synthetic 10x corpus (5.7 MB) that took one warm
 * core from 1.4 to 0.3 CPU-s, and the bench's nlp stage from ~4.2 to ~1.7 CPU-s, with the same
 * mentions.
 *
 * <p>Thread-safe: build once and share; models are shared, OpenNLP's {@code *ME} objects are kept
 * one per thread.
 */
public final class Recognizer implements MentionFinder {
  static final String STRUCTURE = "structure";
  static final String GAZETTEER = "gazetteer";
  static final String PATTERN = "pattern";
  static final String MAXENT = "maxent";

  /** Floor of the person model's probability: its finds below it are dropped. */
  static final double MIN_PERSON_CONFIDENCE = 0.6;

  /** Floor of the project/organization model's probability (see docs/NLP.md). */
  static final double MIN_PROJECT_CONFIDENCE = 0.7;

  private final GazetteerMatcher gazetteer;
  private final SoundsLike soundsLike;
  private final PersonModel model;
  private final ProjectOrgModel projectModel;

  /** Full names from every note of the corpus ({@link #forCorpus}); empty by default. */
  private final PhraseMatcher<String> corpusPeople;

  /**
   * One-word names and handles from every note's structure, lower-cased ({@link #forCorpus}):
   * evidence for {@link HandleLinks}, never matched in prose.
   */
  private final java.util.Set<String> corpusHandles;

  private Recognizer(
      Recognizer r, PhraseMatcher<String> corpusPeople, java.util.Set<String> corpusHandles) {
    this.gazetteer = r.gazetteer;
    this.soundsLike = r.soundsLike;
    this.model = r.model;
    this.projectModel = r.projectModel;
    this.corpusPeople = corpusPeople;
    this.corpusHandles = corpusHandles;
  }

  @Override
  public MentionFinder forCorpus(List<MeetingNote> notes) {
    return new Recognizer(
        this, PersonDictionary.fullNames(notes, gazetteer), PersonDictionary.handles(notes));
  }

  private Recognizer(Builder b) {
    this.corpusPeople = new PhraseMatcher<>();
    this.corpusHandles = java.util.Set.of();
    this.gazetteer = new GazetteerMatcher(b.gazetteer != null ? b.gazetteer : Gazetteer.bundled());
    this.soundsLike = new SoundsLike(gazetteer.gazetteer());
    // A bundled model may be missing (a build before the first training): that finder is off.
    TokenNameFinderModel person = b.useModel ? PersonModel.bundledPersonModel() : null;
    this.model =
        person == null
            ? null
            : new PersonModel(person, PersonModel.bundledSentenceModel(), MIN_PERSON_CONFIDENCE);
    TokenNameFinderModel projects =
        b.useModel && b.useProjectModel ? ProjectOrgModel.bundled() : null;
    this.projectModel =
        projects == null ? null : new ProjectOrgModel(projects, MIN_PROJECT_CONFIDENCE);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Mention> find(SourceDocument document, MeetingNote note) {
    String text = document.text();
    PersonDictionary people = PersonDictionary.of(note, gazetteer);
    LineIndex lines = new LineIndex(text);
    List<Mention> out = new ArrayList<>();
    // One String per distinct surface in the note: a name comes back many times per note, and
    // the mentions stay in memory until the graph is written.
    Map<String, String> surfaces = new HashMap<>();
    java.util.function.Predicate<String> lowerCaseWords = LowerCaseWords.lazy(text);
    List<Candidate> notePeople = notePeople(text, people);
    for (TextSegment seg : note.segments()) {
      int base = seg.range().begin();
      int end = seg.range().end();
      boolean transcript = seg.kind() == TextSegment.SegmentKind.TRANSCRIPT;
      List<Candidate> extra = new ArrayList<>();
      for (Candidate c : notePeople) {
        if (c.begin() >= base && c.end() <= end) {
          extra.add(new Candidate(c.type(), c.begin() - base, c.end() - base, 1.0, c.finder()));
        }
      }
      for (Candidate c :
          findIn(text.substring(base, end), people, transcript, lowerCaseWords, extra)) {
        int b = base + c.begin();
        int e = base + c.end();
        if (splitsCharacter(text, b) || splitsCharacter(text, e)) continue;
        SourceRange r = new SourceRange(lines.lineOf(b), b, e);
        out.add(
            new Mention(
                c.type(),
                surfaces.computeIfAbsent(r.of(text), surface -> surface),
                r,
                c.confidence(),
                c.finder(),
                seg.sectionIndex(),
                c.refersTo()));
      }
    }
    for (Candidate c : UnseenOrganizationContext.senderAsides(text, labels(note), this::isThing)) {
      SourceRange r = new SourceRange(lines.lineOf(c.begin()), c.begin(), c.end());
      out.add(
          new Mention(
              c.type(), r.of(text), r, c.confidence(), c.finder(), sectionAt(note, c.begin())));
    }
    out.sort(Comparator.comparing(Mention::range).thenComparing(Mention::type));
    return List.copyOf(PlatformUses.drop(text, out));
  }

  /** The labels of chat senders and transcript speakers the parser read. */
  private static List<io.notegraph.parse.NameRef> labels(MeetingNote note) {
    List<io.notegraph.parse.NameRef> out = new ArrayList<>();
    for (var m : note.chat()) if (m.sender() != null) out.add(m.sender());
    for (var u : note.transcript()) if (u.speaker() != null) out.add(u.speaker());
    return out;
  }

  /** The section of the first segment at or after {@code at}: a label opens its message. */
  private static int sectionAt(MeetingNote note, int at) {
    for (TextSegment seg : note.segments()) {
      if (seg.range().end() >= at) return seg.sectionIndex();
    }
    return 0;
  }

  /**
   * Offsets are UTF-16 indexes; a span that starts or ends inside a surrogate pair (an emoji next
   * to a word) would cut a character in half and cannot be written as UTF-8.
   */
  private static boolean splitsCharacter(String text, int at) {
    return at > 0
        && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1))
        && Character.isLowSurrogate(text.charAt(at));
  }

  /**
   * People whom only the whole note shows: handles linked to their accounts ({@link HandleLinks}),
   * speakers' labels in minutes written as a discussion ({@link SpeakerLabels}) and owners closing
   * a list item that titles a sub-list ({@link NameListFinder#subListOwners}). Offsets into {@code
   * text}.
   */
  private List<Candidate> notePeople(String text, PersonDictionary people) {
    boolean links = text.indexOf("](http") >= 0;
    boolean labels = text.indexOf(": ") >= 0;
    java.util.Set<String> atHandles = new java.util.HashSet<>();
    for (Candidate c : HandleFinder.atHandles(text)) {
      atHandles.add(text.substring(c.begin(), c.end()).toLowerCase(java.util.Locale.ROOT));
    }
    java.util.function.Predicate<String> known =
        n -> {
          String lower = n.toLowerCase(java.util.Locale.ROOT);
          return people.knows(n) || corpusHandles.contains(lower) || atHandles.contains(lower);
        };
    java.util.function.Predicate<String> thing = this::isThing;
    List<Candidate> out = new ArrayList<>();
    if (links) out.addAll(HandleLinks.find(text, known, thing));
    if (labels) out.addAll(SpeakerLabels.find(text, known, thing));
    for (Candidate c : NameListFinder.subListOwners(text)) {
      if (!HandleFinder.insideCode(text, c.begin())) out.add(c);
    }
    return out;
  }

  /** The whole of {@code name} is a gazetteer label (project or organization). */
  private boolean isThing(String name) {
    var tokens = Tokens.tokenize(name, 0, name.length());
    for (var hit : gazetteer.matcher().find(name, tokens)) {
      if (hit.begin() == 0 && hit.end() == name.length()) return true;
    }
    return false;
  }

  /** As below, with the note's lower-case words given as a set and no note-wide people. */
  List<Candidate> findIn(
      String segment, PersonDictionary people, boolean transcript, java.util.Set<String> ordinary) {
    return findIn(segment, people, transcript, ordinary::contains, List.of());
  }

  /**
   * Finds in one segment, offsets relative to it; a transcript turn also gets phonetic finds. The
   * people only the whole note shows ({@link #notePeople}) come in {@code notePeople}, in the
   * segment.
   */
  List<Candidate> findIn(
      String segment,
      PersonDictionary people,
      boolean transcript,
      java.util.function.Predicate<String> ordinary,
      List<Candidate> notePeople) {
    String masked = Masker.mask(segment);
    int len = masked.length();
    List<Span> tokens = Tokens.tokenize(masked, 0, len);
    var keys = new PhraseMatcher.Keys(masked, tokens);
    List<Candidate> all = new ArrayList<>();
    List<Candidate> projects = new ArrayList<>();
    List<int[]> wordUses = new ArrayList<>();
    for (var hit : gazetteer.matcher().find(masked, tokens, keys)) {
      int gluedEnd = Boundaries.gluedRelease(masked, hit.begin(), hit.end());
      if (hit.value().type() == EntityType.PROJECT && gluedEnd > hit.end()) {
        // "Fedora35", "GTK4": a release written without its space.
        all.add(new Candidate(EntityType.VERSION, hit.begin(), gluedEnd, 1.0, PATTERN));
        continue;
      }
      if (!Boundaries.standsAlone(masked, hit.begin(), hit.end(), true)) continue;
      if (Boundaries.precededBySubcommand(masked, hit.begin())) continue;
      if (hit.value().type() == EntityType.PROJECT
          && Boundaries.verbUse(masked, hit.begin(), hit.end(), hit.value().exactLabels())) {
        wordUses.add(new int[] {hit.begin(), hit.end()}); // nor may a model read it as a name
        continue;
      }
      // "#podman" is a chat channel ("## Podman" is a heading: it has a space).
      if (hit.begin() > 0 && segment.charAt(hit.begin() - 1) == '#') continue;
      // A generated organization is a proper name: capitalised in its entry and in the text
      // ("enum" is a company in the landscape and a keyword in a language's notes).
      if (hit.value().type() == EntityType.ORGANIZATION
          && hit.value().source() != null
          && !(Character.isUpperCase(hit.value().name().charAt(0))
              && Character.isUpperCase(segment.charAt(hit.begin())))) {
        continue;
      }
      // "kind", "Helm", "Lima": a name that is also a word counts only with evidence.
      if (hit.value().evidence() != Gazetteer.Evidence.NONE
          && !NameEvidence.present(segment, masked, tokens, hit.begin(), hit.end(), hit.value())) {
        continue;
      }
      Candidate c = new Candidate(hit.value().type(), hit.begin(), hit.end(), 1.0, GAZETTEER);
      all.add(c);
      if (c.type() == EntityType.PROJECT) projects.add(c);
    }
    List<Candidate> persons = new ArrayList<>();
    for (var hit : people.matcher().find(masked, tokens, keys)) {
      // Chat senders come glued to their time stamps ("Rodny Molina11:21 AM").
      if (!Boundaries.standsAlone(masked, hit.begin(), hit.end(), false)) continue;
      persons.add(new Candidate(EntityType.PERSON, hit.begin(), hit.end(), 1.0, STRUCTURE));
    }
    for (var hit : corpusPeople.find(masked, tokens, keys)) {
      if (!Boundaries.standsAlone(masked, hit.begin(), hit.end(), false)) continue;
      all.add(new Candidate(EntityType.PERSON, hit.begin(), hit.end(), 1.0, STRUCTURE));
    }
    all.addAll(persons);
    // Names no list has, from their evidence: repository links, versions, code, "the X project".
    for (Candidate c : UnseenNameRules.find(segment, masked, tokens)) {
      all.add(c);
      if (c.type() == EntityType.PROJECT) projects.add(c);
    }
    // Organizations from the words around them: "I work for X", "X PhD student".
    List<Candidate> named = new ArrayList<>();
    for (Candidate c : all) if (c.type() == EntityType.PERSON) named.add(c);
    named.addAll(notePeople);
    for (Candidate c : UnseenOrganizationContext.find(masked, tokens, this::isThing)) {
      if (HandleFinder.insideCode(segment, c.begin())) continue; // "only works for `Option`"
      if (!overlapsPerson(c, named)) all.add(c);
    }
    all.addAll(VersionFinder.find(masked, projects));
    all.addAll(CommandFinder.find(segment));
    List<Candidate> atHandles = HandleFinder.atHandles(masked, segment);
    all.addAll(atHandles);
    all.addAll(notePeople);
    List<Candidate> known = new ArrayList<>();
    for (Candidate c : all) if (c.type() == EntityType.PERSON) known.add(c);
    for (Candidate c : NameListFinder.find(segment, masked, known)) {
      if (!HandleFinder.insideCode(segment, c.begin())) all.add(c); // "`(u8, Cell<T>)`" is code
    }
    if (transcript) {
      boolean[] covered = new boolean[len];
      for (Candidate c : all) java.util.Arrays.fill(covered, c.begin(), c.end(), true);
      all.addAll(soundsLike.find(masked, tokens, covered, ordinary));
    }
    if (model != null || projectModel != null) {
      boolean[] covered = new boolean[len];
      for (Candidate c : all) java.util.Arrays.fill(covered, c.begin(), c.end(), true);
      for (int[] w : wordUses) java.util.Arrays.fill(covered, w[0], w[1], true);
      List<Candidate> personFinds = model == null ? List.of() : model.find(masked, tokens, covered);
      List<Candidate> projectFinds =
          projectModel == null
              ? List.of()
              : projectModel.find(segment, masked, tokens, covered, ordinary);
      all.addAll(moreProbable(personFinds, projectFinds));
      all.addAll(moreProbable(projectFinds, personFinds));
    }
    List<Candidate> resolved = Resolver.resolve(all);
    List<Candidate> names = new ArrayList<>();
    // Not after a model's guess: "Clone (rename)" is no name with its handle.
    for (Candidate c : resolved) {
      if (c.type() == EntityType.PERSON && c.confidence() >= 1.0) names.add(c);
    }
    List<Candidate> handles = new ArrayList<>();
    for (Candidate h : HandleFinder.afterNames(masked, len, names)) {
      if (!HandleFinder.insideCode(segment, h.begin())) handles.add(h);
    }
    if (handles.isEmpty()) return resolved;
    List<Candidate> more = new ArrayList<>(resolved);
    more.addAll(handles);
    return Resolver.resolve(more);
  }

  private static boolean overlapsPerson(Candidate c, List<Candidate> finds) {
    for (Candidate f : finds) if (f.type() == EntityType.PERSON && f.overlaps(c)) return true;
    return false;
  }

  /**
   * The finds of one model that no overlapping find of the other model beats in probability: the
   * person model knows nothing of projects and the project model little of people, so where both
   * read a name, the surer one says what it is (a tie goes to the person).
   */
  private static List<Candidate> moreProbable(List<Candidate> these, List<Candidate> others) {
    if (others.isEmpty()) return these;
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : these) {
      boolean beaten = false;
      for (Candidate o : others) {
        if (!o.overlaps(c)) continue;
        boolean person = c.type() == EntityType.PERSON;
        beaten |= o.confidence() > c.confidence() || !person && o.confidence() == c.confidence();
      }
      if (!beaten) out.add(c);
    }
    return out;
  }

  /** Configures a {@link Recognizer}. */
  public static final class Builder {
    private Gazetteer gazetteer;
    private boolean useModel = true;
    private boolean useProjectModel = true;

    /** Uses this gazetteer instead of the bundled one. */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = gazetteer;
      return this;
    }

    /** Turns the statistical project/organization finder off (the person model stays). */
    public Builder withoutProjectModel() {
      this.useProjectModel = false;
      return this;
    }

    /** Turns both statistical finders off (dictionaries, structure and patterns only). */
    public Builder withoutModel() {
      this.useModel = false;
      return this;
    }

    public Recognizer build() {
      return new Recognizer(this);
    }
  }
}
