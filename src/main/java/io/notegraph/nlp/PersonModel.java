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
 * The statistical person finder: the project's own {@link TokenNameFinderModel} (trained by
 * {@code notegraph train}) applied sentence by sentence, sentences split by OpenNLP's English
 * model. The models are shared; the non-thread-safe {@code *ME} objects are one per thread.
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
      if (in == null) throw new IllegalStateException("sentence model missing: " + SENTENCE_RESOURCE);
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

  /** Person finds in {@code masked}, offsets relative to it. */
  List<Candidate> find(String masked) {
    List<Candidate> out = new ArrayList<>();
    NameFinderME me = finder.get();
    for (Span sentence : sentences.get().sentPosDetect(masked)) {
      List<Span> tokens = Tokens.tokenize(masked, sentence.getStart(), sentence.getEnd());
      if (tokens.isEmpty()) continue;
      String[] words = Tokens.texts(masked, tokens);
      Span[] names = me.find(words);
      double[] probs = me.probs(names);
      for (int k = 0; k < names.length; k++) {
        int b = tokens.get(names[k].getStart()).getStart();
        int e = tokens.get(names[k].getEnd() - 1).getEnd();
        // Names start with a capital letter; lower-case finds are chat handles the model guessed.
        if (probs[k] >= minConfidence && plausibleName(words, names[k])) {
          double p = Math.min(probs[k], 0.999);
          out.add(new Candidate(EntityType.PERSON, b, e, p, Recognizer.MAXENT));
        }
      }
    }
    // Each segment stands alone: no memory of earlier text, so results do not depend on order.
    me.clearAdaptiveData();
    return out;
  }
}
