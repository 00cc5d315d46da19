package io.notegraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLI commands and options. Inline code that starts with a container tool or an option becomes one
 * mention of its content ({@code `podman run --userns=auto`}); outside code, a lowercase {@code
 * podman}/{@code buildah}/{@code skopeo} followed by subcommand words and options ("podman start
 * --all"), a whole line starting with such a command, and bare {@code --long-options}. Works on the
 * unmasked text (it needs the backticks). Thread-safe.
 */
final class CommandFinder {
  private static final String TOOLS =
      "(?:sudo\\s+)?(?:podman(?:-remote)?|buildah|skopeo|docker|docker-compose|podman-compose"
          + "|kubectl|crun|runc|systemctl|journalctl|krunvm|tye|brew|dnf|toolbox|distrobox|oc|wsl)";
  static final GuardedPattern INLINE_CODE =
      GuardedPattern.startingWith(Pattern.compile("`([^`\\n]+)`"), "`");
  private static final Pattern TOOL_START = Pattern.compile(TOOLS + "(?:\\s|$)|-{1,2}[a-zA-Z]");
  private static final String SUBCOMMAND =
      "(?:run|build|start|stop|restart|machine|generate|play|kube|pod|pods|network|system|image"
          + "|images|pull|push|save|load|exec|ps|create|rm|rmi|login|logout|inspect|commit|search"
          + "|volume|secret|compose|info|version|manifest|auto-update|healthcheck|logs|cp|mount"
          + "|unshare|tag|export|import|farm|container|init|ssh|list|ls|connection|service|events"
          + "|top|stats|prune|update|checkpoint|restore|wait|attach|port|diff|history|cleanup)";
  private static final String OPTION = "--?[a-zA-Z][\\w-]*(?:=[^\\s,;`'\")]+)?";
  static final GuardedPattern PROSE_COMMAND =
      GuardedPattern.wordStartingWith(
          Pattern.compile(
              "(?<![\\w/.-])(?:sudo\\s+)?(?:podman|buildah|skopeo)"
                  + "(?:[ \\t]+(?:"
                  + SUBCOMMAND
                  + "|"
                  + OPTION
                  + ")(?![\\w-]))+"),
          "spb");
  static final GuardedPattern LINE_COMMAND =
      GuardedPattern.atLineStarts(
          Pattern.compile(
              "(?m)^[ \\t]*(?:(?:[-*+]|\\d{1,2}[.)])[ \\t]+)?("
                  + TOOLS
                  + "[ \\t]+(?:[a-z]|--?[a-z])[^\\n]*?)[ \\t]*$"));
  private static final Pattern TWO_OPTIONS = Pattern.compile("\\s-{1,2}[a-z].*\\s-{1,2}[a-z]");
  static final GuardedPattern OPTION_ONLY =
      GuardedPattern.wordStartingWith(
          Pattern.compile("(?<![\\w`-])--[a-z][a-z0-9-]*[a-z0-9](?:=[^\\s,;`'\")]+)?"), "-");

  private CommandFinder() {}

  /** Commands in {@code text} (unmasked: the backticks are needed). */
  static List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    boolean[] inCode = new boolean[text.length()];
    GuardedPattern.Finds code = INLINE_CODE.in(text);
    while (code.find()) {
      Matcher m = code.matcher();
      for (int i = m.start(); i < m.end(); i++) inCode[i] = true;
      String content = m.group(1);
      int lead = content.length() - content.stripLeading().length();
      String trimmed = content.strip();
      if (!trimmed.isEmpty() && TOOL_START.matcher(trimmed).lookingAt()) {
        int b = m.start(1) + lead;
        out.add(
            new Candidate(EntityType.COMMAND, b, b + trimmed.length(), 1.0, Recognizer.PATTERN));
      }
    }
    add(out, LINE_COMMAND.in(text), 1, inCode);
    // Without one of the tool names there is no prose command: skip the scan altogether.
    if (text.contains("podman") || text.contains("buildah") || text.contains("skopeo")) {
      add(out, PROSE_COMMAND.in(text), 0, inCode);
    }
    if (text.contains("--")) {
      add(out, OPTION_ONLY.in(text), 0, inCode);
    }
    return out;
  }

  private static void add(
      List<Candidate> out, GuardedPattern.Finds g, int group, boolean[] inCode) {
    while (g.find()) {
      Matcher m = g.matcher();
      int b = m.start(group);
      int e = m.end(group);
      // A sentence's full stop is not part of "--mount=type=cache."
      while (e > b + 1 && ".,:".indexOf(m.group(group).charAt(e - 1 - m.start(group))) >= 0) e--;
      if (inCode[b]) continue;
      // A whole line is a command only when it reads like one: two options or more
      // ("* podman start --all now works" is prose about a command).
      if (m.pattern() == LINE_COMMAND.pattern() && !TWO_OPTIONS.matcher(m.group(group)).find()) {
        continue;
      }
      out.add(new Candidate(EntityType.COMMAND, b, e, 1.0, Recognizer.PATTERN));
    }
  }
}
