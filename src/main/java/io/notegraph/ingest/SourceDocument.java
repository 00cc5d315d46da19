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

  /** The file name without folders, e.g. {@code 2021-06-01.md}. */
  public String fileName() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
