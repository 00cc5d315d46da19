package io.notegraph.train;

import io.notegraph.diag.Diagnostics;
import io.notegraph.ingest.InputFile;
import io.notegraph.ingest.SourceDecoder;
import io.notegraph.ingest.SourceDocument;
import io.notegraph.nlp.EntityType;
import io.notegraph.nlp.Masker;
import io.notegraph.nlp.Mention;
import io.notegraph.nlp.Recognizer;
import io.notegraph.nlp.Tokens;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.parse.MeetingNote;
import io.notegraph.parse.NoteParser;
import io.notegraph.parse.TextSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Training sentences for the project/organization model, by distant supervision: sentences of the
 * real notes under a corpus folder, labelled by what the recognizer finds without any model
 * (gazetteer incl. the landscape, the evidence rules of {@link UnseenNameRules}, the name before a
 * version), with every labelled name swapped for another — a gazetteer name or an invented one of
 * the same shapes ("quillctl", "Quillstack", "QuillStack", "quill-stack", "quill.io") — so the
 * model learns the contexts ("we moved X to", "X 5.0 ships", "the X maintainers") rather than the
 * names it already has; plus synthetic sentences from {@code /nlp/pools/project-org-templates.txt}.
 * Notes listed in {@code /nlp/training/held-out-notes.txt} are never read. Deterministic: sorted
 * files, one seeded {@link Random}, no parallelism.
 */
final class ProjectOrgTrainingData {
  static final long SEED = 20231019L;
  static final String HELD_OUT = "/nlp/training/held-out-notes.txt";
  static final String PROJECT = "project";
  static final String ORGANIZATION = "organization";

  /** Rounds of the synthetic templates, each filled with fresh names. */
  static final int TEMPLATE_ROUNDS = 40;

  /** Longest sentence kept, in tokens: long transcript turns add cost, not contexts. */
  static final int MAX_TOKENS = 60;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])|\\n");
  private static final Pattern VERSION_TAIL =
      Pattern.compile("[\\s-]*v?\\d+(?:\\.\\d+)*(?:[-.]?\\w+)*$");
  private static final Pattern SLOT = Pattern.compile("\\{([POQV])\\}");

  private final Random random = new Random(SEED);
  private final NameShapes shapes;
  private final List<String> projects;
  private final List<String> organizations;
  private final List<String> firstNames = TrainingData.lines("/nlp/pools/first-names.txt");
  private final List<String> lastNames = TrainingData.lines("/nlp/pools/last-names.txt");

  ProjectOrgTrainingData(Gazetteer gazetteer) {
    Set<String> p = new TreeSet<>();
    Set<String> o = new TreeSet<>();
    for (Gazetteer.Entry e : gazetteer.entries()) {
      String n = e.name();
      if (n.length() < 2 || n.indexOf('(') >= 0 || n.length() > 30) continue;
      (e.type() == EntityType.ORGANIZATION ? o : p).add(n);
    }
    this.projects = List.copyOf(p);
    this.organizations = List.copyOf(o);
    this.shapes = new NameShapes(random);
  }

  /** The held-out note paths, relative to the corpus folder, '/'-separated. */
  static Set<String> heldOut() {
    return new TreeSet<>(TrainingData.lines(HELD_OUT));
  }

  /** Corpus sentences (swapped) then template sentences. */
  List<NameSample> samples(Path corpus) {
    List<NameSample> out = new ArrayList<>(fromCorpus(corpus));
    out.addAll(fromTemplates());
    return out;
  }

  /** Every {@code .md} note under {@code corpus} but the held-out ones, in path order. */
  static List<Path> notes(Path corpus) {
    Set<String> heldOut = heldOut();
    try (Stream<Path> files = Files.walk(corpus)) {
      return files
          .filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
          .filter(f -> !heldOut.contains(relative(corpus, f)))
          .sorted((a, b) -> relative(corpus, a).compareTo(relative(corpus, b)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(Path corpus, Path f) {
    return corpus.relativize(f).toString().replace('\\', '/');
  }

  List<NameSample> fromCorpus(Path corpus) {
    Recognizer labeller = Recognizer.builder().withoutModel().build();
    NoteParser parser = NoteParser.builder().build();
    SourceDecoder decoder = new SourceDecoder();
    List<NameSample> out = new ArrayList<>();
    for (Path f : notes(corpus)) {
      Diagnostics diag = new Diagnostics();
      var doc = decoder.read(new InputFile(f, relative(corpus, f)), diag);
      if (doc.isEmpty()) continue;
      var note = parser.parse(doc.get(), diag);
      if (note.isEmpty()) continue;
      List<Mention> mentions = labeller.find(doc.get(), note.get());
      addNote(doc.get(), note.get(), mentions, out);
    }
    return out;
  }

  private void addNote(
      SourceDocument doc, MeetingNote note, List<Mention> mentions, List<NameSample> out) {
    String text = doc.text();
    for (TextSegment seg : note.segments()) {
      int base = seg.range().begin();
      String masked = Masker.mask(text.substring(base, seg.range().end()));
      int start = 0;
      Matcher m = SENTENCE_END.matcher(masked);
      while (m.find()) {
        addSentence(masked, base, start, m.start(), mentions, out);
        start = m.end();
      }
      addSentence(masked, base, start, masked.length(), mentions, out);
    }
  }

  private void addSentence(
      String masked, int base, int from, int to, List<Mention> mentions, List<NameSample> out) {
    List<Span> tokens = Tokens.tokenize(masked, from, to);
    if (tokens.size() < 3 || tokens.size() > MAX_TOKENS) return;
    List<Span> labels = new ArrayList<>();
    for (Mention mn : mentions) {
      int b = mn.range().begin() - base;
      int e = mn.range().end() - base;
      if (b < from || e > to) continue;
      String type =
          switch (mn.type()) {
            case PROJECT -> PROJECT;
            case ORGANIZATION -> ORGANIZATION;
            case VERSION -> PROJECT;
            default -> null;
          };
      if (type == null || "phonetic".equals(mn.finder())) continue;
      if (mn.type() == EntityType.VERSION) {
        // "Quillstack 5.0": the name before the version is a project.
        Matcher v = VERSION_TAIL.matcher(masked.substring(b, e));
        if (!v.find() || v.start() == 0) continue;
        e = b + v.start();
        if (!Character.isLetter(masked.charAt(b))) continue;
      }
      int tb = tokenStarting(tokens, b);
      int te = tokenEnding(tokens, e);
      if (tb < 0 || te < 0) return; // a label that cuts a token: the sentence would mislead
      labels.add(new Span(tb, te + 1, type));
    }
    String[] words = Tokens.texts(masked, tokens);
    if (labels.isEmpty()) {
      // Sentences without names teach what is not one; a share of them is enough.
      if (random.nextInt(4) == 0) out.add(new NameSample(words, new Span[0], true));
      return;
    }
    labels.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    for (int variant = 0; variant < 2; variant++) out.add(swapped(words, labels));
  }

  /**
   * The sentence with each name kept (one in seven), swapped for a gazetteer name of its type or
   * replaced by an invented one (a "mask": a name the model can only know by its context).
   */
  private NameSample swapped(String[] words, List<Span> labels) {
    List<String> tokens = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    int at = 0;
    for (Span l : labels) {
      if (l.getStart() < at) continue; // overlapping labels: keep the first
      for (int i = at; i < l.getStart(); i++) tokens.add(words[i]);
      int r = random.nextInt(7);
      List<String> name;
      if (r == 0) {
        name = List.of(words).subList(l.getStart(), l.getEnd());
      } else {
        name = split(r <= 3 ? fromPool(l.getType()) : shapes.invent(l.getType()));
      }
      names.add(new Span(tokens.size(), tokens.size() + name.size(), l.getType()));
      tokens.addAll(name);
      at = l.getEnd();
    }
    for (int i = at; i < words.length; i++) tokens.add(words[i]);
    return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true);
  }

  private String fromPool(String type) {
    List<String> pool = ORGANIZATION.equals(type) ? organizations : projects;
    return pool.isEmpty() ? shapes.invent(type) : pool.get(random.nextInt(pool.size()));
  }

  /** Template sentences, {@link #TEMPLATE_ROUNDS} fillings each. */
  List<NameSample> fromTemplates() {
    List<String> templates = TrainingData.lines("/nlp/pools/project-org-templates.txt");
    List<NameSample> out = new ArrayList<>();
    for (int round = 0; round < TEMPLATE_ROUNDS; round++) {
      for (String t : templates) out.add(fill(t));
    }
    return out;
  }

  private NameSample fill(String template) {
    List<String> tokens = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    Matcher m = SLOT.matcher(template);
    int last = 0;
    while (m.find()) {
      tokens.addAll(split(template.substring(last, m.start())));
      String slot = m.group(1);
      switch (slot) {
        case "P", "O" -> {
          String type = slot.equals("P") ? PROJECT : ORGANIZATION;
          List<String> name = split(random.nextBoolean() ? fromPool(type) : shapes.invent(type));
          names.add(new Span(tokens.size(), tokens.size() + name.size(), type));
          tokens.addAll(name);
        }
        case "Q" -> tokens.addAll(split(pick(firstNames) + " " + pick(lastNames)));
        default -> tokens.addAll(split(version()));
      }
      last = m.end();
    }
    tokens.addAll(split(template.substring(last)));
    return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true);
  }

  private String version() {
    return (random.nextBoolean() ? "v" : "") + (1 + random.nextInt(9)) + "." + random.nextInt(20);
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  private static List<String> split(String text) {
    return List.of(Tokens.texts(text, Tokens.tokenize(text, 0, text.length())));
  }

  private static int tokenStarting(List<Span> tokens, int at) {
    for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).getStart() == at) return i;
    return -1;
  }

  private static int tokenEnding(List<Span> tokens, int at) {
    for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).getEnd() == at) return i;
    return -1;
  }
}
