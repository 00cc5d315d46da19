package io.notegraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * The statistical person finder: the project's own {@link TokenNameFinderModel} (trained by {@code
 * notegraph train}) applied sentence by sentence, sentences split by OpenNLP's English model. The
 * models are shared; the non-thread-safe {@code *ME} objects are one per thread.
 */
final class PersonModel {
  static final String SENTENCE_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String PERSON_RESOURCE = "/nlp/models/en-person.bin";

  private final ThreadLocal<NameFinderME> finder;
  private final ThreadLocal<SentenceDetectorME> sentences;
  private final double minConfidence;

  PersonModel(TokenNameFinderModel model, SentenceModel sentenceModel, double minConfidence) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    this.minConfidence = minConfidence;
  }

  static TokenNameFinderModel bundledPersonModel() {
    try (InputStream in = PersonModel.class.getResourceAsStream(PERSON_RESOURCE)) {
      return in == null ? null : new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SentenceModel bundledSentenceModel() {
    try (InputStream in = PersonModel.class.getResourceAsStream(SENTENCE_RESOURCE)) {
      if (in == null)
        throw new IllegalStateException("sentence model missing: " + SENTENCE_RESOURCE);
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Names start with capitals and are not common English words ("Yes", "Eastern", "Strong"): the
   * model trained on synthetic text over-trusts a capital at the start of a line.
   */
  private static boolean plausibleName(String[] words, Span name) {
    for (int i = name.getStart(); i < name.getEnd(); i++) {
      String w = words[i];
      if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) return false;
      if (CommonWords.contains(w)) return false;
    }
    return true;
  }

  /**
   * Person finds in {@code masked}, offsets relative to it; {@code tokens} are its {@link Tokens}.
   * The model reads only windows of a few tokens around "open" words — capitalised, not common, not
   * already {@code covered} by a dictionary find — because elsewhere it could only add what the
   * resolver would throw away; its features look two tokens either side, so a window of {@link
   * #CONTEXT} keeps them intact while cutting most of the work (long transcript sentences
   * especially). A segment without any open word is not even split into sentences: on the synthetic
   * 10x corpus that skips most segments, and sentence detection was 16% of the nlp stage's CPU.
   */
  List<Candidate> find(String masked, List<Span> tokens, boolean[] covered) {
    List<Candidate> out = new ArrayList<>();
    if (!anyOpen(masked, tokens, covered)) return out;
    NameFinderME me = finder.get();
    int first = 0;
    for (Span sentence : sentences(masked, tokens)) {
      // Sentences end and start at white space, so their tokens are a run of the segment's.
      while (first < tokens.size() && tokens.get(first).getStart() < sentence.getStart()) first++;
      int last = first;
      while (last < tokens.size() && tokens.get(last).getEnd() <= sentence.getEnd()) last++;
      List<Span> inSentence = tokens.subList(first, last);
      boolean straddles =
          first > 0 && tokens.get(first - 1).getEnd() > sentence.getStart()
              || last < tokens.size() && tokens.get(last).getStart() < sentence.getEnd();
      if (straddles) {
        // Never seen; kept so the result cannot depend on that assumption.
        inSentence = Tokens.tokenize(masked, sentence.getStart(), sentence.getEnd());
      }
      findInSentence(me, masked, inSentence, covered, out);
    }
    // Each segment stands alone: no memory of earlier text, so results do not depend on order.
    me.clearAdaptiveData();
    return out;
  }

  /**
   * Longest text given to the sentence detector at once, in characters. A paragraph of a million
   * words without a full stop is one "sentence"; cut into pieces at token boundaries, every step
   * after this one works on bounded pieces too.
   */
  static final int MAX_SENTENCE_CHARS = 2_000;

  /** Sentences of {@code masked}, none longer than {@link #MAX_SENTENCE_CHARS} (bar one token). */
  private List<Span> sentences(String masked, List<Span> tokens) {
    SentenceDetectorME detector = sentences.get();
    if (masked.length() <= MAX_SENTENCE_CHARS) return List.of(detector.sentPosDetect(masked));
    List<Span> out = new ArrayList<>();
    int pieceStart = 0;
    int t = 0;
    while (pieceStart < masked.length()) {
      int limit = pieceStart + MAX_SENTENCE_CHARS;
      int pieceEnd = masked.length();
      if (limit < masked.length()) {
        // End the piece after the last token that ends within the limit (or after one token).
        while (t < tokens.size() && tokens.get(t).getEnd() <= pieceStart) t++;
        int u = t;
        while (u < tokens.size() && tokens.get(u).getEnd() <= limit) u++;
        pieceEnd = u > t ? tokens.get(u - 1).getEnd() : Math.min(masked.length(), limit);
        if (u == t && t < tokens.size()) pieceEnd = Math.max(pieceEnd, tokens.get(t).getEnd());
      }
      for (Span s : detector.sentPosDetect(masked.substring(pieceStart, pieceEnd))) {
        out.add(new Span(s.getStart() + pieceStart, s.getEnd() + pieceStart));
      }
      pieceStart = pieceEnd;
    }
    return out;
  }

  private void findInSentence(
      NameFinderME me, String masked, List<Span> tokens, boolean[] covered, List<Candidate> out) {
    String[] words = Tokens.texts(masked, tokens);
    int from = -1;
    int to = -1;
    for (int i = 0; i <= words.length; i++) {
      boolean open = i < words.length && isOpen(words[i], covered[tokens.get(i).getStart()]);
      if (open && from >= 0 && i - CONTEXT <= to && to - from < MAX_WINDOW) {
        to = Math.min(words.length, i + CONTEXT + 1);
      } else if (open || i == words.length) {
        if (from >= 0) findIn(me, masked, tokens, words, from, to, out);
        from = open ? Math.max(0, i - CONTEXT) : -1;
        to = open ? Math.min(words.length, i + CONTEXT + 1) : -1;
      }
    }
  }

  private static boolean anyOpen(String masked, List<Span> tokens, boolean[] covered) {
    for (Span t : tokens) {
      int b = t.getStart();
      // The cheap part of isOpen first: most tokens are not a capital then a lower-case letter.
      if (t.length() > 1
          && Character.isUpperCase(masked.charAt(b))
          && Character.isLowerCase(masked.charAt(b + 1))
          && isOpen(masked.substring(b, t.getEnd()), covered[b])) {
        return true;
      }
    }
    return false;
  }

  static final int CONTEXT = 3;

  /**
   * Most tokens one name finder window grows to: a run of capitalised words merges windows without
   * end, and the beam search over one huge window is what took a 1 MB paragraph past 45 s.
   */
  static final int MAX_WINDOW = 64;

  private void findIn(
      NameFinderME me,
      String masked,
      List<Span> tokens,
      String[] words,
      int from,
      int to,
      List<Candidate> out) {
    String[] window = java.util.Arrays.copyOfRange(words, from, to);
    Span[] names = me.find(window);
    double[] probs = me.probs(names);
    for (int k = 0; k < names.length; k++) {
      Span n = new Span(names[k].getStart() + from, names[k].getEnd() + from);
      int b = tokens.get(n.getStart()).getStart();
      int e = tokens.get(n.getEnd() - 1).getEnd();
      if (probs[k] >= minConfidence && plausibleName(words, n) && !contraction(masked, e)) {
        out.add(
            new Candidate(EntityType.PERSON, b, e, Math.min(probs[k], 0.999), Recognizer.MAXENT));
      }
    }
  }

  /**
   * "Wouldn't", "Isn’t", "Don't": the tokenizer stops at the apostrophe and leaves a capitalised
   * stem the model may take for a name. Possessives ("Tom's") are names and stay.
   */
  private static boolean contraction(String text, int end) {
    return end > 0
        && end + 1 < text.length()
        && text.charAt(end - 1) == 'n'
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && text.charAt(end + 1) == 't'
        && (end + 2 >= text.length() || !Character.isLetter(text.charAt(end + 2)));
  }

  /** A capital then a lower-case letter ("Tova", not "DNS"), not common, not yet found. */
  private static boolean isOpen(String w, boolean covered) {
    return w.length() > 1
        && Character.isUpperCase(w.charAt(0))
        && Character.isLowerCase(w.charAt(1))
        && !covered
        && !CommonWords.contains(w);
  }
}
