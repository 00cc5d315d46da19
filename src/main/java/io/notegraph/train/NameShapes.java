package io.notegraph.train;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented project and organization names in the shapes real ones take — a lower-case tool
 * ("quillctl"), a capitalised word ("Quillstack"), CamelCase ("QuillStack"), hyphenated
 * ("quill-stack"), dotted like a site ("quill.io"); organizations capitalised, sometimes with
 * "Labs" or "Inc". Built from syllables that make no English word, so the model cannot learn them
 * as names: it has to learn where names stand. Not thread-safe (one {@link Random}).
 */
final class NameShapes {
  private static final List<String> SYLLABLES =
      List.of(
          "quill", "brin", "tarn", "mor", "vex", "zan", "pel", "lox", "kri", "stav", "thel", "wick",
          "fen", "gorm", "hal", "nod", "ruv", "sel", "tav", "yor", "bex", "cind", "drim", "esk",
          "fal", "grin", "jast", "kel", "lum", "mip", "nor", "ost", "prav", "rel", "sorn", "trel",
          "ulm", "vin", "wex", "zor");
  private static final List<String> TOOL_ENDINGS =
      List.of("ctl", "d", "fs", "er", "ly", "ify", "kit", "box", "net", "io", "db", "ops");

  /** Site-like endings ("crates.io"); not file types (".rs", ".py"), which name files. */
  private static final List<String> DOMAINS = List.of("io", "dev", "org", "net");

  private static final List<String> ORG_SUFFIXES =
      List.of("Labs", "Inc", "Systems", "Software", "Foundation", "Group", "Technologies", "Cloud");

  private final Random random;

  NameShapes(Random random) {
    this.random = random;
  }

  /** An invented name for {@code type} ("project" or "organization"). */
  String invent(String type) {
    if (ProjectOrgTrainingData.ORGANIZATION.equals(type)) {
      String name = capitalise(word());
      return random.nextInt(3) == 0 ? name + " " + pick(ORG_SUFFIXES) : name;
    }
    return switch (random.nextInt(5)) {
      case 0 -> syllable() + pick(TOOL_ENDINGS);
      case 1 -> capitalise(word());
      case 2 -> capitalise(syllable()) + capitalise(syllable());
      case 3 -> syllable() + "-" + (random.nextBoolean() ? syllable() : pick(TOOL_ENDINGS));
      default -> word() + "." + pick(DOMAINS);
    };
  }

  private String word() {
    return syllable() + syllable();
  }

  private String syllable() {
    return pick(SYLLABLES);
  }

  private static String capitalise(String w) {
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }
}
