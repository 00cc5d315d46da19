package io.notegraph.devtools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A fixed pool of fictional people and the ways notes misspell them: full name, a typo, the first
 * name alone, a lower-case handle. The pool is the same for every seed; which person appears where
 * is the caller's random choice. Immutable and thread-safe.
 */
final class People {
  private static final String[] FIRST = {
    "Olek", "Kai", "Mina", "Jo", "Priya", "Tomasz", "Ines", "Rafael", "Yuki", "Amara", "Lars",
    "Noor", "Dmitri", "Zofia", "Caleb", "Hana", "Mateo", "Sigrid", "Ravi", "Elif", "Bruno", "Aiko",
    "Femi", "Greta", "Omar", "Lucia", "Henrik", "Tariq", "Maren", "Quinn"
  };
  private static final String[] LAST = {
    "Brandt",
    "Moreau",
    "Sato",
    "Ferreira",
    "Raman",
    "Kowalczyk",
    "Duarte",
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Novak",
    "Castellano",
    "Whitcombe",
    "Ishikawa",
    "Petrov",
    "Adeyemi",
    "Vasquez",
    "Halloran",
    "Baptiste",
    "Eriksen",
    "Marchetti",
    "Takeda",
    "Oyelaran",
    "Strand"
  };
  static final int SIZE = 120;

  private People() {}

  /** The i-th person's full name; the pool has {@link #SIZE} distinct people. */
  static String full(int i) {
    int f = i % FIRST.length;
    int l = (i / FIRST.length + i * 7) % LAST.length;
    return FIRST[f] + " " + LAST[l];
  }

  static String first(int i) {
    return full(i).substring(0, full(i).indexOf(' '));
  }

  /** Lower-case handle as chat tools show it: first initial and last name ("kmoreau"). */
  static String handle(int i) {
    String n = full(i);
    return (n.charAt(0) + n.substring(n.indexOf(' ') + 1)).toLowerCase(Locale.ROOT);
  }

  /** A one-letter typo in the last name (a dropped letter), as hurried note takers make. */
  static String typo(int i) {
    String n = full(i);
    int space = n.indexOf(' ');
    int cut = space + 2 + (n.length() - space - 3) / 2;
    return n.substring(0, cut) + n.substring(cut + 1);
  }

  /** Mostly the full name, sometimes a typo, a first name or a handle. */
  static String variant(int i, SplittableRandom r) {
    int k = r.nextInt(20);
    if (k == 0) return typo(i);
    if (k == 1) return first(i);
    if (k == 2) return handle(i);
    return full(i);
  }

  /** {@code n} distinct people, drawn from a community core of the first 40 plus guests. */
  static List<Integer> pick(int n, SplittableRandom r) {
    List<Integer> out = new ArrayList<>();
    while (out.size() < n) {
      int p = r.nextInt(4) == 0 ? r.nextInt(SIZE) : r.nextInt(40);
      if (!out.contains(p)) out.add(p);
    }
    return out;
  }
}
