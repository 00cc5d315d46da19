package io.notegraph.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * One input note, decoded and repaired, ready to parse.
 *
 * @param name display name and stable identity: the path relative to the input root it was found
 *     under, with '/' separators (for a single file argument, its file name); used in diagnostics
 *     and to mint the document IRI
 * @param uri where the note lives ({@code file:} URI, or a {@code urn:notegraph:sample:} URN for
 *     the bundled samples)
 * @param text the decoded text with line breaks normalised to '\n'; mojibake repaired
 * @param charset the encoding the bytes were decoded with
 * @param repairs what was changed while decoding (mojibake etc.), in line order
 */
public record SourceDocument(
    String name, URI uri, String text, Charset charset, List<TextRepair> repairs) {
  public SourceDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    repairs = List.copyOf(repairs);
  }

  /**
   * How the name of one meeting of a running notes file ends: {@code sig/notes.md#2025-02-11} (a
   * second meeting on the same day {@code #2025-02-11-2}); see {@code parse.RollingNotes}.
   */
  public static final java.util.regex.Pattern PART =
      java.util.regex.Pattern.compile("#(\\d{4}-\\d{2}-\\d{2}(?:-\\d+)?)$");

  /** The path of the file under the input root: the name without a meeting part. */
  public String path() {
    java.util.regex.Matcher m = PART.matcher(name);
    return m.find() ? name.substring(0, m.start()) : name;
  }

  /** The file name without folders, e.g. {@code 2021-06-01.md}. */
  public String fileName() {
    String path = path();
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
