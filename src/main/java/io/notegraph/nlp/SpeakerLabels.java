package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speakers named by the label that opens a line or list item of minutes written as a discussion: "*
 * Josh Triplett: I don't know if ...", "- cramertj: did this perhaps mean ...?". A label counts
 * only where what follows it is speech (a first- or second-person pronoun: "Bikeshed: `x` instead?"
 * is a note, not a speaker) and the label is shaped like a name:
 *
 * <ul>
 *   <li>a person the note already knows, or a name no dictionary holds: a capitalised word that is
 *       no English word ("Amanieu"), a handle shape ("ecstatic-morse", "BatmanAod"), or two or
 *       three capitalised words ending in one that is no English word ("Josh Triplett");
 *   <li>beside such a speaker elsewhere in the same note, also a plain lower-case word that is no
 *       English word ("cramertj"), and a capitalised English word the note also writes inside a
 *       sentence ("Mark: ..." where "I agree with Mark" occurs). "Implies:", "Related:", "Example:"
 *       are words, not speakers.
 * </ul>
 *
 * Projects and organizations ("Fedora: we ...") are no speakers. Finds are {@code pattern} persons
 * at confidence 1.0. Stateless.
 */
final class SpeakerLabels {
  /**
   * Line start, optional quote, list marker, checkbox and bold; the label (one to three words); the
   * colon (inside or outside the bold); then the text.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?m)^[ \\t]*(?:>[ \\t]*)?(?:(?:[-*+]|\\d{1,2}[.)])[ \\t]+)?(?:\\[[ xX]\\][ \\t]+)?"
              + "(?:\\*\\*|__)?"
              + "(\\p{L}[\\p{L}\\p{N}_'-]*(?:[ ][\\p{L}][\\p{L}\\p{N}'-]*){0,2})"
              + "(?:\\*\\*|__)?:(?:\\*\\*|__)?[ \\t]+([^\\n]+)");

  /** Words of speech: the speaker talks of themselves, of us or to you. */
  private static final Pattern SPEECH =
      Pattern.compile(
          "(?:\\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)\\b"
              + "|(?i:\\b(?:me|my|we|we're|we’re|we've|we’ve|we'd|we’d|we'll|we’ll|us|our|you"
              + "|you're|you’re|your)\\b))");

  /**
   * Endings of English words the word list lacks in that form ("prioritization", "bikeshedding"): a
   * lower-case label so ending is a topic.
   */
  private static final Pattern ENGLISH_ENDING =
      Pattern.compile(
          "(?:tion|sion|ment|ness|ity|ing|ance|ence|ism|ize|ise|able|ible|ous|ive|ship|ary|ery)s?$");

  private SpeakerLabels() {}

  private record Label(int begin, int end, String text, boolean speech) {}

  /**
   * The speaker spans in a whole note's text.
   *
   * @param known whether a name (as written) is a person the note already names
   * @param thing whether a name is a project's or organization's (gazetteer)
   */
  static List<Candidate> find(String text, Predicate<String> known, Predicate<String> thing) {
    if (text.indexOf(':') < 0) return List.of();
    Map<String, List<Label>> byName = new LinkedHashMap<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (name.length() < 3 || name.length() > 40) continue;
      String said = m.group(2);
      // "**Creusot**: Creusot is built ...": a definition; speakers do not open with their name.
      boolean speech = SPEECH.matcher(said).find() && !said.startsWith(name);
      byName
          .computeIfAbsent(name, k -> new ArrayList<>())
          .add(new Label(m.start(1), m.end(1), name, speech));
    }
    if (byName.isEmpty()) return List.of();
    Map<String, Boolean> strong = new LinkedHashMap<>();
    Map<String, Boolean> weak = new LinkedHashMap<>();
    for (var e : byName.entrySet()) {
      String name = e.getKey();
      if (e.getValue().stream().noneMatch(Label::speech) || thing.test(name)) continue;
      if (known.test(name) || strongName(name)) strong.put(name, true);
      else if (weakName(name, text, e.getValue())) weak.put(name, true);
    }
    List<Candidate> out = new ArrayList<>();
    for (String name : strong.keySet()) add(byName.get(name), out);
    boolean discussion = !strong.isEmpty();
    if (discussion) for (String name : weak.keySet()) add(byName.get(name), out);
    return out;
  }

  private static void add(List<Label> labels, List<Candidate> out) {
    for (Label l : labels) {
      out.add(new Candidate(EntityType.PERSON, l.begin(), l.end(), 1.0, Recognizer.PATTERN));
    }
  }

  /**
   * "Amanieu", "BatmanAod", "Josh Triplett": a name whatever the note says. A hyphenated handle
   * ("ecstatic-morse") is as often a crate or topic ("async-io: we have coverage"): only beside a
   * speaker.
   */
  static boolean strongName(String name) {
    String[] words = name.split(" ");
    if (words.length == 1) {
      boolean lettersAndHyphens =
          name.indexOf('-') > 0 && name.chars().allMatch(c -> Character.isLetter(c) || c == '-');
      return !lettersAndHyphens && NameListFinder.nameShaped(name, false);
    }
    for (String w : words) {
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || CommonWords.contains(w)) {
        return false;
      }
      if (w.substring(1).chars().anyMatch(c -> !Character.isLetter(c) && c != '-' && c != '\'')) {
        return false;
      }
    }
    String last = words[words.length - 1];
    return last.length() >= 3 && !EnglishWords.contains(last);
  }

  /**
   * Beside a speaker: "cramertj" (a lower-case word that is no English word), or a capitalised
   * English word the note also writes capitalised inside a sentence, not as a label ("Mark").
   */
  private static boolean weakName(String name, String text, List<Label> labels) {
    if (name.indexOf(' ') >= 0 || CommonWords.contains(name)) return false;
    if (name.indexOf('_') >= 0 || name.chars().anyMatch(Character::isDigit)) return false;
    if (Character.isLowerCase(name.charAt(0))) {
      return name.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
          && !EnglishWords.contains(name)
          && !ENGLISH_ENDING.matcher(name).find();
    }
    if (!name.substring(1).chars().allMatch(Character::isLowerCase)) return false;
    // "Hardware: verify that you're ..." in a note that also writes "the hardware": a word
    // ("josh needs to respond" is the person's handle: no determiner before it).
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (Pattern.compile(
            "(?i:\\b(?:the|a|an|this|that|some|any|our|your|their|its|of|on|in)\\s+)"
                + Pattern.quote(lower)
                + "(?![\\p{L}\\p{N}_])")
        .matcher(text)
        .find()) {
      return false;
    }
    Matcher w = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
    while (w.find()) {
      int at = w.start();
      if (labels.stream().anyMatch(l -> l.begin() == at)) continue;
      if (insideSentence(text, at)) return true;
    }
    return false;
  }

  /** A lower-case word or a comma right before {@code at} on the same line. */
  private static boolean insideSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    if (i < 0 || i == at - 1) return false;
    char c = text.charAt(i);
    return Character.isLowerCase(c) || c == ',';
  }
}
