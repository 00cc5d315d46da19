package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handles of people: "@baude" anywhere (not a team, "@org/team"), and "(tiran)" / "(@tiran)" right
 * after a person's name ("Dan Walsh (rhatdan)"). The mention is the handle without "@".
 * Thread-safe.
 */
final class HandleFinder {
  static final GuardedPattern AT_HANDLE =
      GuardedPattern.wordStartingWith(
          Pattern.compile("(?<![\\w.@/])@([A-Za-z][\\w-]{1,38}+)(?![\\w/])"), "@");
  private static final Pattern PAREN_HANDLE =
      Pattern.compile("\\s?\\(@?([a-z][a-z0-9_-]{2,38})\\)");

  private HandleFinder() {}

  static List<Candidate> atHandles(String text) {
    return atHandles(text, text);
  }

  /**
   * As {@link #atHandles(String)} on the masked text, leaving out handles inside inline code of the
   * original ("`#[derive(@Clone)]`") and capitalised English words ("@Owner" in a template).
   */
  static List<Candidate> atHandles(String masked, String original) {
    List<Candidate> out = new ArrayList<>();
    GuardedPattern.Finds g = AT_HANDLE.in(masked);
    while (g.find()) {
      Matcher m = g.matcher();
      if (insideCode(original, m.start())) continue;
      String h = m.group(1);
      if (Character.isUpperCase(h.charAt(0)) && EnglishWords.contains(h)) continue;
      out.add(new Candidate(EntityType.PERSON, m.start(1), m.end(1), 1.0, Recognizer.PATTERN));
    }
    return out;
  }

  /** An odd number of backticks between the line's start and {@code at}. */
  static boolean insideCode(String text, int at) {
    int ticks = 0;
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) if (text.charAt(i) == '`') ticks++;
    return ticks % 2 == 1;
  }

  /** Handles in parentheses directly after the given person mentions. */
  static List<Candidate> afterNames(String text, int to, List<Candidate> persons) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate p : persons) {
      Matcher m = PAREN_HANDLE.matcher(text).region(p.end(), to);
      if (m.lookingAt()) {
        out.add(new Candidate(EntityType.PERSON, m.start(1), m.end(1), 1.0, Recognizer.PATTERN));
      }
    }
    return out;
  }
}
