package io.notegraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical project and organization finder: the project's own {@link TokenNameFinderModel}
 * trained by distant supervision ({@code io.notegraph.train.ProjectOrgModelTrainer}) and run only
 * on windows around "open" tokens — name-shaped words that no dictionary, rule or structure claimed
 * — so it adds names no list has while most of the text never reaches it. Its finds are kept only
 * above a probability and when they do not read as code ({@link Identifiers}). The model is shared;
 * the {@code NameFinderME} is one per thread.
 */
final class ProjectOrgModel {
  static final String RESOURCE = "/nlp/models/en-project-org.bin";

  /** Tokens either side of an open token: the model's features look two tokens either way. */
  static final int CONTEXT = 3;

  /** Most tokens in one window (a run of capitalised words would merge windows without end). */
  static final int MAX_WINDOW = 48;

  private final ThreadLocal<NameFinderME> finder;
  private final double minConfidence;

  ProjectOrgModel(TokenNameFinderModel model, double minConfidence) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.minConfidence = minConfidence;
  }

  /** The model in the jar, or null when the jar has none (a build before the first training). */
  static TokenNameFinderModel bundled() {
    try (InputStream in = ProjectOrgModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Project and organization finds in {@code masked} (offsets relative to it); {@code original} is
   * the segment before masking (code spans are told by its backticks), {@code covered} marks
   * characters another finder already claimed, {@code ordinary} tells the words the note also
   * writes in lower case (a capitalised "Approach" there starts a sentence; it names nothing).
   */
  List<Candidate> find(
      String original,
      String masked,
      List<Span> tokens,
      boolean[] covered,
      java.util.function.Predicate<String> ordinary) {
    List<Candidate> out = new ArrayList<>();
    boolean[] open = new boolean[tokens.size()];
    boolean any = false;
    for (int i = 0; i < tokens.size(); i++) {
      open[i] = isOpen(original, masked, tokens, i, covered);
      any |= open[i];
    }
    if (!any) return out;
    NameFinderME me = finder.get();
    String[] words = Tokens.texts(masked, tokens);
    int from = -1;
    int to = -1;
    for (int i = 0; i < words.length; i++) {
      if (!open[i]) continue;
      int f = i;
      while (f > 0 && i - f < CONTEXT && !newlineBetween(masked, tokens, f - 1, f)) f--;
      int t = i + 1;
      while (t < words.length && t - i <= CONTEXT && !newlineBetween(masked, tokens, t - 1, t)) t++;
      if (from >= 0 && f <= to && t - from <= MAX_WINDOW) {
        to = t; // overlapping windows merge, up to MAX_WINDOW tokens
        continue;
      }
      if (from >= 0)
        findIn(me, original, masked, tokens, words, open, covered, ordinary, from, to, out);
      from = f;
      to = t;
    }
    if (from >= 0)
      findIn(me, original, masked, tokens, words, open, covered, ordinary, from, to, out);
    // Each segment stands alone: no memory of earlier text, so results do not depend on order.
    me.clearAdaptiveData();
    return out;
  }

  /** A window never crosses a line break: the next line of a list is another thought. */
  private static boolean newlineBetween(String masked, List<Span> tokens, int a, int b) {
    for (int c = tokens.get(a).getEnd(); c < tokens.get(b).getStart(); c++) {
      if (masked.charAt(c) == '\n') return true;
    }
    return false;
  }

  private void findIn(
      NameFinderME me,
      String original,
      String masked,
      List<Span> tokens,
      String[] words,
      boolean[] open,
      boolean[] covered,
      java.util.function.Predicate<String> ordinary,
      int from,
      int to,
      List<Candidate> out) {
    Span[] names = me.find(Arrays.copyOfRange(words, from, to));
    double[] probs = me.probs(names);
    for (int k = 0; k < names.length; k++) {
      int s = names[k].getStart() + from;
      int e = names[k].getEnd() + from;
      if (probs[k] < minConfidence || !plausible(original, masked, tokens, open, covered, s, e)) {
        continue;
      }
      if (e - s == 1 && ordinary.test(words[s].toLowerCase(java.util.Locale.ROOT))) continue;
      // "Clarify that ...", "Keep current behavior": a capitalised word that opens a sentence or
      // a list item is a verb or a heading far more often than a name; only a sure find counts.
      if (e - s == 1 && probs[k] < SURE && sentenceStart(masked, tokens.get(s).getStart()))
        continue;
      if (issueLinkText(original, tokens.get(s).getStart(), tokens.get(e - 1).getEnd())) continue;
      EntityType type =
          "organization".equals(names[k].getType()) ? EntityType.ORGANIZATION : EntityType.PROJECT;
      out.add(
          new Candidate(
              type,
              tokens.get(s).getStart(),
              tokens.get(e - 1).getEnd(),
              Math.min(probs[k], 0.999),
              Recognizer.MAXENT));
    }
  }

  /**
   * A find is kept when it holds an open token and no claimed one, starts and ends with a letter or
   * digit, is no common word on its own and does not read as code.
   */
  /** Probability above which a find that opens a sentence still counts. */
  static final double SURE = 0.9;

  private static boolean sentenceStart(String masked, int b) {
    int i = b - 1;
    while (i >= 0 && (masked.charAt(i) == ' ' || masked.charAt(i) == '\t')) i--;
    if (i < 0) return true;
    char c = masked.charAt(i);
    // Masked list markers and emphasis are spaces; quotes and brackets open a title.
    return ".!?:\n\"\u201c([*-#>|".indexOf(c) >= 0
        || Character.isDigit(c) && i > 0 && masked.charAt(i - 1) == '\n';
  }

  /**
   * "[Charter](https://github.com/o/r/pull/78)": the whole text of a link to an issue or a pull
   * request is that item's title.
   */
  private static boolean issueLinkText(String original, int b, int e) {
    if (b == 0 || original.charAt(b - 1) != '[' || !original.startsWith("](", e)) return false;
    int close = original.indexOf(')', e);
    String target = original.substring(e + 2, close < 0 ? original.length() : close);
    return target.contains("/pull/")
        || target.contains("/issues/")
        || target.contains("/merge_requests/");
  }

  /** "mod.rs", "x.py", "Cargo.toml": a file, not the software. */
  private static final java.util.regex.Pattern FILE_NAME =
      java.util.regex.Pattern.compile(
          "\\.(?:rs|py|md|toml|txt|json|ya?ml|c|h|cc|cpp|go|sh|lock|html|css|ts|java)$");

  private static boolean plausible(
      String original,
      String masked,
      List<Span> tokens,
      boolean[] open,
      boolean[] covered,
      int s,
      int e) {
    boolean anyOpen = false;
    for (int i = s; i < e; i++) {
      Span t = tokens.get(i);
      if (covered[t.getStart()]) return false;
      anyOpen |= open[i];
    }
    if (!anyOpen) return false;
    int b = tokens.get(s).getStart();
    int end = tokens.get(e - 1).getEnd();
    if (!Character.isLetterOrDigit(masked.charAt(b))
        || !Character.isLetterOrDigit(masked.charAt(end - 1))) {
      return false;
    }
    String text = masked.substring(b, end);
    if (e - s == 1 && CommonWords.contains(text)) return false;
    if (Identifiers.gluedToCode(original, b, end) || FILE_NAME.matcher(text).find()) return false;
    // "AtomicI32", "NonZeroU8": a type whose name the tokenizer cut at its digits.
    if (end < masked.length() && Character.isDigit(masked.charAt(end))) return false;
    if (e - s == 1 && typeShaped(text)) return false;
    if (e - s == 1 && inCodeSpan(original, b, end) && Identifiers.looksLikeCode(original, b, end)) {
      return false;
    }
    return !contraction(masked, end);
  }

  /**
   * An open token: not claimed, not a common word, and shaped like a name — capitalised ("Tova",
   * "Quillstack", "AWS"), a lower-case word written as code ({@code `brindle`}), or a lower-case
   * word joined to another by a hyphen or a dot ("brindle-ctl", "quill.rs"). Plain lower-case prose
   * is never open: that keeps the model off most of the text.
   */
  private static boolean isOpen(
      String original, String masked, List<Span> tokens, int i, boolean[] covered) {
    Span t = tokens.get(i);
    int b = t.getStart();
    int e = t.getEnd();
    if (e - b < 2 || covered[b] || !Character.isLetter(masked.charAt(b))) return false;
    String w = masked.substring(b, e);
    if (CommonWords.contains(w)) return false;
    // All capitals ("MVP", "FAQ", "RHS") are abbreviations far more often than unlisted software;
    // the acronyms that are software (LLVM, WASI) come from the gazetteer.
    if (Character.isUpperCase(w.charAt(0))) return !allCapitals(w);
    if (inCodeSpan(original, b, e)) return true;
    return joined(masked, b, e);
  }

  /**
   * "DerefWhateverMarker" (three humps: a type, not a brand like "GitHub" or "KubeVirt") and
   * "SoniL" (a capital at the end of a word: a handle).
   */
  private static boolean typeShaped(String w) {
    int humps = 0;
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) humps++;
    }
    int n = w.length();
    return humps >= 2
        || n > 2
            && Character.isUpperCase(w.charAt(n - 1))
            && Character.isLowerCase(w.charAt(n - 2));
  }

  private static boolean allCapitals(String w) {
    for (int i = 1; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
    return true;
  }

  /** "wasm-bindgen", "crates.io": a letter on the other side of a hyphen or dot. */
  private static boolean joined(String text, int b, int e) {
    boolean before =
        b > 1
            && (text.charAt(b - 1) == '-' || text.charAt(b - 1) == '.')
            && Character.isLetter(text.charAt(b - 2));
    boolean after =
        e + 1 < text.length()
            && (text.charAt(e) == '-' || text.charAt(e) == '.')
            && Character.isLetter(text.charAt(e + 1));
    return before || after;
  }

  /** The token is a whole code span: {@code `name`}. */
  private static boolean inCodeSpan(String original, int b, int e) {
    int i = b - 1;
    while (i >= 0
        && (Character.isLetterOrDigit(original.charAt(i))
            || original.charAt(i) == '-'
            || original.charAt(i) == '.')) {
      i--;
    }
    int j = e;
    while (j < original.length()
        && (Character.isLetterOrDigit(original.charAt(j))
            || original.charAt(j) == '-'
            || original.charAt(j) == '.')) {
      j++;
    }
    return i >= 0
        && original.charAt(i) == '`'
        && j < original.length()
        && original.charAt(j) == '`';
  }

  private static boolean contraction(String text, int end) {
    return end > 0
        && end + 1 < text.length()
        && text.charAt(end - 1) == 'n'
        && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && text.charAt(end + 1) == 't';
  }
}
