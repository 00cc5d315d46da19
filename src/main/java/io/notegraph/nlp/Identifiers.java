package io.notegraph.nlp;

import java.util.regex.Pattern;

/**
 * Tells identifiers of program code from names of software, by their shape and what touches them:
 * notes of a programming language put types ({@code RedBlackTree}, {@code usize}), function names
 * ({@code data_table_eq}), generics ({@code Vec<T>}) and paths ({@code std::mem}) in code spans and
 * prose, and none of them is a project without another signal. Stateless.
 */
final class Identifiers {
  /** Fixed-width number types and the other one-word primitive types of C-family languages. */
  private static final Pattern PRIMITIVE =
      Pattern.compile("[iuf](?:8|16|32|64|128|size)|bool|char|str|void|int|float|double");

  private Identifiers() {}

  /**
   * Whether {@code text[begin, end)} reads as an identifier of code: snake_case, a capital inside a
   * word (a type: {@code FromBytes}; software names written that way sit outside backticks), a
   * capitalised word inside a code span (a type: {@code Foo}), a primitive type, or glued to {@code
   * ::}, {@code <}, {@code (}, {@code .method} or {@code !}.
   */
  static boolean looksLikeCode(String text, int begin, int end) {
    String w = text.substring(begin, end);
    if (w.indexOf('_') >= 0 || PRIMITIVE.matcher(w).matches()) return true;
    if (innerCapital(w)) return true;
    if (Character.isUpperCase(w.charAt(0)) && inCodeSpan(text, begin, end)) return true;
    return gluedToCode(text, begin, end);
  }

  /**
   * Whether a name found outside code is glued to code syntax: {@code std::mem}, {@code Vec<T>},
   * {@code foo()}, {@code x.retain}, {@code matches!}, {@code data_table}.
   */
  static boolean gluedToCode(String text, int begin, int end) {
    char before = begin > 0 ? text.charAt(begin - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    if (before == '_' || after == '_' || after == '<' || after == '(' || after == '!') return true;
    if (after == ':' && end + 1 < text.length() && text.charAt(end + 1) == ':') return true;
    if (before == ':' && begin > 1 && text.charAt(begin - 2) == ':') return true;
    // "x.retain" is a method; "crates.io" and "Node.js" are names (a letter before the dot too).
    // Two letters after the dot are a domain or a file type ("crates.io", "Node.js"): not methods.
    return before == '.'
        && begin > 1
        && Character.isLetter(text.charAt(begin - 2))
        && Character.isLowerCase(text.charAt(begin))
        && end - begin > 2;
  }

  /**
   * A lower-case letter followed by a capital: {@code MyStruct}, {@code iPhone}, {@code GitHub}.
   */
  static boolean innerCapital(String w) {
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) return true;
    }
    return false;
  }

  private static boolean inCodeSpan(String text, int begin, int end) {
    return begin > 0
        && text.charAt(begin - 1) == '`'
        && end < text.length()
        && text.charAt(end) == '`';
  }
}
