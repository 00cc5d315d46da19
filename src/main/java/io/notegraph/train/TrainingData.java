package io.notegraph.train;

import io.notegraph.nlp.ResourceLines;
import io.notegraph.nlp.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The person-model training set: synthetic sentences made from the templates and the pools of
 * fictional people in {@code /nlp/pools/} (fixed seed, so always the same lines), plus the
 * hand-written sentences in {@code /nlp/training/handwritten.txt}. Lines use OpenNLP's {@code
 * <START:person> ... <END>} markup; {@link #sample} re-tokenizes them with {@link Tokens}.
 */
final class TrainingData {
  static final long SEED = 20210601L;
  static final int ROUNDS = 40;
  private static final Pattern SLOT = Pattern.compile("\\{([PFLTN])\\}");
  private static final Pattern MARKUP = Pattern.compile("<START:person>(.*?)<END>");

  private TrainingData() {}

  /** The synthetic lines: every template filled {@link #ROUNDS} times. */
  static List<String> synthesize() {
    List<String> first = pool("first-names.txt");
    List<String> last = pool("last-names.txt");
    List<String> things = pool("things.txt");
    Random random = new Random(SEED);
    List<String> out = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String template : pool("templates.txt")) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
          String f = first.get(random.nextInt(first.size()));
          String l = last.get(random.nextInt(last.size()));
          String fill =
              switch (m.group(1)) {
                case "P" -> person(f + " " + l);
                case "F" -> person(f);
                case "L" -> person(l);
                case "T" -> things.get(random.nextInt(things.size()));
                default -> Integer.toString(random.nextInt(12));
              };
          m.appendReplacement(sb, Matcher.quoteReplacement(fill));
        }
        m.appendTail(sb);
        out.add(sb.toString());
      }
    }
    return out;
  }

  /** The hand-written lines shipped in the jar. */
  static List<String> handwritten() {
    return lines("/nlp/training/handwritten.txt");
  }

  /** One marked-up line as a sample, tokens split by {@link Tokens}. */
  static NameSample sample(String line) {
    List<String> tokens = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    Matcher m = MARKUP.matcher(line);
    int last = 0;
    while (m.find()) {
      addTokens(tokens, line.substring(last, m.start()));
      int start = tokens.size();
      addTokens(tokens, m.group(1));
      names.add(new Span(start, tokens.size(), "person"));
      last = m.end();
    }
    addTokens(tokens, line.substring(last));
    return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true);
  }

  private static String person(String name) {
    return "<START:person> " + name + " <END>";
  }

  private static void addTokens(List<String> tokens, String text) {
    tokens.addAll(List.of(Tokens.texts(text, Tokens.tokenize(text, 0, text.length()))));
  }

  private static List<String> pool(String name) {
    return lines("/nlp/pools/" + name);
  }

  static List<String> lines(String resource) {
    return ResourceLines.read(resource);
  }
}
