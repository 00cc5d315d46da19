package io.notegraph.parse;

import java.util.regex.Pattern;

/**
 * Whether a fenced block that is neither a chat nor a transcript is text of the meeting (a pasted
 * summary, a transcript without speaker labels) rather than code. A block is code only when its
 * content says so: shell prompts, diff marks, braces and semicolons, "key: value" config, log
 * levels. Prose is most lines being sentences of ordinary words. Stateless.
 */
final class ProseBlock {
  private static final Pattern CODE_LINE =
      Pattern.compile(
          "^\\s*(?:[$#>%] |[+-]{3} |@@ |diff |[{}\\[\\]]|//|/\\*|\\w[\\w.-]*:\\s*$"
              + "|\\w[\\w.-]*:\\s+\\S+$|(?:fn|let|impl|struct|trait|use|pub|def|class|import|func|var"
              + "|const|return|if|for|while)\\b)|[;{}]\\s*$|=>|->|::|\\b(?:ERROR|WARN|INFO|DEBUG)\\b");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private ProseBlock() {}

  static boolean isProse(String content) {
    int lines = 0;
    int sentences = 0;
    for (String line : content.split("\n")) {
      String t = line.strip();
      if (t.isEmpty()) continue;
      lines++;
      if (CODE_LINE.matcher(line).find()) return false;
      long words = WORD.matcher(t).results().count();
      int letters = 0;
      for (int i = 0; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) letters++;
      if (words >= 4 && letters * 10 >= t.length() * 7) sentences++;
    }
    return lines > 0 && sentences * 4 >= lines * 3;
  }
}
