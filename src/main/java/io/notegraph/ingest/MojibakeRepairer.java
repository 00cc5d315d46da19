package io.notegraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes UTF-8 text that was decoded as Mac Roman or Windows-1252 ({@code Bj√∂rklund}, {@code
 * BjÃ¶rklund} → {@code Björklund}), word by word, without touching genuine text.
 *
 * <p>Only runs of non-ASCII characters are candidates (UTF-8 multi-byte sequences never contain
 * ASCII bytes). A run is re-encoded with the suspected charset and each complete, valid UTF-8
 * sequence in it is decoded; a sequence is kept only if it yields a plausible letter (see {@link
 * MojibakePlausibility}). Stateless, thread-safe.
 */
final class MojibakeRepairer {
  private static final LegacyCharset[] SUSPECTS = {
    LegacyCharset.MAC_ROMAN, LegacyCharset.WINDOWS_1252
  };

  /** Repaired text and what changed; {@code repairs} is empty when the text was left alone. */
  record Result(String text, List<TextRepair> repairs) {}

  /** An edit to one run of non-ASCII characters. */
  private record Edit(int start, int end, String replacement, LegacyCharset cause) {}

  Result repair(String text) {
    if (!MojibakePlausibility.mayContainMojibake(text)) return new Result(text, List.of());
    List<Edit> edits = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; ) {
      if (text.charAt(i) < 0x80) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && text.charAt(end) >= 0x80) end++;
      Edit edit = repairRun(text, i, end);
      if (edit != null) edits.add(edit);
      i = end;
    }
    if (edits.isEmpty()) return new Result(text, List.of());
    return apply(text, edits);
  }

  /** The best repair of {@code text[start, end)}: the suspect that fixes most sequences. */
  private static Edit repairRun(String text, int start, int end) {
    Edit best = null;
    int bestFixed = 0;
    for (LegacyCharset suspect : SUSPECTS) {
      RunDecoder.Decoded decoded = RunDecoder.decode(text.substring(start, end), suspect);
      if (decoded != null && decoded.sequences() > bestFixed) {
        best = new Edit(start, end, decoded.text(), suspect);
        bestFixed = decoded.sequences();
      }
    }
    return best;
  }

  /** Applies the edits and reports one repair per word (a word may hold several edits). */
  private static Result apply(String text, List<Edit> edits) {
    StringBuilder out = new StringBuilder(text.length());
    List<TextRepair> repairs = new ArrayList<>();
    int copied = 0;
    int line = 1;
    int lineCountedTo = 0;
    for (int e = 0; e < edits.size(); ) {
      int wordStart = edits.get(e).start();
      // Not back past what the previous word already took: a run can start right after it
      // with a non-ASCII space ("RenÃ©e\u00a0Ã¶rk").
      while (wordStart > copied && isWordChar(text.charAt(wordStart - 1))) wordStart--;
      int wordEnd = edits.get(e).end();
      while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) wordEnd++;
      StringBuilder repairedWord = new StringBuilder();
      int pos = wordStart;
      Edit first = edits.get(e);
      while (e < edits.size() && edits.get(e).start() < wordEnd) {
        Edit edit = edits.get(e++);
        repairedWord.append(text, pos, edit.start()).append(edit.replacement());
        pos = edit.end();
        // A run can hold a non-ASCII space where the word seemed to end: the word goes on.
        if (pos > wordEnd) {
          wordEnd = pos;
          while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) wordEnd++;
        }
      }
      repairedWord.append(text, pos, wordEnd);
      for (; lineCountedTo < wordStart; lineCountedTo++) {
        if (text.charAt(lineCountedTo) == '\n') line++;
      }
      String original = text.substring(wordStart, wordEnd);
      String reason = "UTF-8 read as " + first.cause().label();
      repairs.add(new TextRepair(line, original, repairedWord.toString(), reason));
      out.append(text, copied, wordStart).append(repairedWord);
      copied = wordEnd;
    }
    out.append(text, copied, text.length());
    return new Result(out.toString(), repairs);
  }

  /** Letters, digits and any non-ASCII non-space character belong to a word. */
  static boolean isWordChar(char c) {
    return c < 0x80 ? Character.isLetterOrDigit(c) : !Character.isSpaceChar(c);
  }
}
