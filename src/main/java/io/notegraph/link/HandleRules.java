package io.notegraph.link;

import java.util.List;

/**
 * Whether a handle ("afbjorklund", "mheon", "baude", "sumantrom") is plausibly made from a full
 * name, by the patterns people pick their handles with. Stateless.
 */
final class HandleRules {
  private HandleRules() {}

  /**
   * Whether a one-word handle starts or ends with a bare name of three letters or more and is at
   * least three letters longer (one for a name of six or more) ("nikomatsakis" / "niko", "pnkfelix"
   * / "felix", not "tom" in "tomato" alone: callers want a second signal too).
   */
  static boolean contains(String handle, String name) {
    // A long name needs less after it: "estebank" holds "esteban", "tomato" does not hold "tom".
    int more = name.length() >= 6 ? 1 : 3;
    if (name.length() < 3 || handle.length() < name.length() + more) return false;
    if (handle.contains(" ")) return false;
    return handle.startsWith(name) || handle.endsWith(name);
  }

  /** The rule that derives {@code handle} from {@code tokens}, or null if none does. */
  static String derive(String handle, List<String> tokens) {
    if (handle.length() < 4 || tokens.size() < 2) return null;
    String first = tokens.get(0);
    String last = tokens.get(tokens.size() - 1);
    if (last.length() < 3) return null;
    StringBuilder initials = new StringBuilder();
    for (String t : tokens.subList(0, tokens.size() - 1)) initials.append(t.charAt(0));
    if (handle.equals(last)) return "the family name";
    if (handle.equals(first + last)) return "given and family name run together";
    if (first.length() >= 3
        && handle.startsWith(first + last)
        && handle.length() > (first + last).length() + 1) {
      return "given and family name run together, then more"; // tomsweeneyredhat
    }
    if (handle.equals(first.charAt(0) + last)) return "initial and family name";
    if (handle.equals(initials + last)) return "initials and family name";
    if (handle.equals(first + last.charAt(0))) return "given name and family initial";
    String tail = handle.substring(1);
    if (handle.charAt(0) == first.charAt(0) && tail.length() >= 5 && last.startsWith(tail)) {
      return "initial and the start of the family name";
    }
    return null;
  }
}
