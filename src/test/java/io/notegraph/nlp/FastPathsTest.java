package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The nlp stage's shortcuts (guarded patterns, literal checks before masking, regex-free
 * normalization) give exactly what the plain regex code gave, on many generated fictional strings
 * built from the pieces the patterns care about.
 */
class FastPathsTest {
  private static final String[] PIECES = {
    "podman",
    "buildah",
    "skopeo",
    "sudo",
    "docker",
    "oc",
    "run",
    "machine",
    "init",
    " ",
    " ",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u0085",
    "\u00a0",
    "v",
    "3",
    "4",
    ".",
    "2",
    "10",
    "-",
    "--",
    "--all",
    "-v",
    "=",
    "rc1",
    "alpha",
    "@",
    "@tova",
    "(",
    ")",
    "`",
    "a",
    "Tova",
    "B",
    "_",
    "/",
    ":",
    "%",
    "x",
    "www.",
    "https://",
    "ftp://",
    "](",
    "\"t\"",
    "<",
    ">",
    "e.g.",
    "é",
    "1.",
    "* ",
    "- ",
    "Fedora",
    "#",
    "*",
    "[",
    "]",
    "|",
    ",",
    "podman run ",
    "sudo podman machine",
    "\n* podman pod create --name web -p 80",
    "buildah --all",
    "\nskopeo copy --a --b"
  };

  private static List<String> texts() {
    Random r = new Random(7);
    List<String> out = new ArrayList<>();
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(24);
      for (int i = 0; i < n; i++) b.append(PIECES[r.nextInt(PIECES.length)]);
      out.add(b.toString());
    }
    return out;
  }

  private static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) out.add(m.start() + "-" + m.end() + ":" + m.group());
    return out;
  }

  private static List<String> guarded(GuardedPattern p, String text) {
    List<String> out = new ArrayList<>();
    GuardedPattern.Finds f = p.in(text);
    while (f.find()) {
      Matcher m = f.matcher();
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  @Test
  void guardedPatternsFindWhatThePlainPatternsFind() {
    List<GuardedPattern> patterns =
        List.of(
            VersionFinder.VERSION,
            CommandFinder.INLINE_CODE,
            CommandFinder.PROSE_COMMAND,
            CommandFinder.LINE_COMMAND,
            CommandFinder.OPTION_ONLY,
            HandleFinder.AT_HANDLE);
    int[] matches = new int[patterns.size()];
    for (String t : texts()) {
      for (int k = 0; k < patterns.size(); k++) {
        GuardedPattern p = patterns.get(k);
        List<String> expected = plain(p.pattern(), t);
        assertThat(guarded(p, t)).as("%s in %s", p.pattern(), t).isEqualTo(expected);
        matches[k] += expected.size();
      }
    }
    for (int k = 0; k < patterns.size(); k++) {
      assertThat(matches[k]).as("matches of %s", patterns.get(k).pattern()).isGreaterThan(50);
    }
  }

  /** Masker as it was before its literal checks: every pattern over every text. */
  private static String maskPlain(String text) {
    char[] out = text.toCharArray();
    for (String re :
        List.of(
            "\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)",
            "<?(?:https?|ftp|file)://[^\\s<>)\\]`]*>?|\\bwww\\.[^\\s<>)\\]`]+",
            "(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+")) {
      Matcher m = Pattern.compile(re).matcher(text);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) if (out[i] != '\n') out[i] = ' ';
      }
    }
    for (int i = 0; i < out.length; i++) {
      if ("`*[]#>|".indexOf(out[i]) >= 0) out[i] = ' ';
    }
    return new String(out);
  }

  @Test
  void maskingWithLiteralChecksMasksTheSame() {
    for (String t : texts()) assertThat(Masker.mask(t)).as(t).isEqualTo(maskPlain(t));
    String mail = "write to tova.example@lists.example.org or see https://x.example/a](b)";
    assertThat(Masker.mask(mail)).isEqualTo(maskPlain(mail)).doesNotContain("@", "https");
  }

  @Test
  void normalizeCollapsesWhiteSpaceLikeTheRegex() {
    for (String t : texts()) {
      assertThat(PhraseMatcher.normalize(t)).as(t).isEqualTo(t.strip().replaceAll("\\s+", " "));
    }
    String same = "Podman Desktop";
    assertThat(PhraseMatcher.normalize(same)).isSameAs(same);
  }
}
