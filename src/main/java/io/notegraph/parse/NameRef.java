package io.notegraph.parse;

import java.util.Objects;

/**
 * A person named by the structure of the notes (attendee list, presenter heading, chat sender,
 * transcript speaker, topic proposer), before identity resolution.
 *
 * @param name the name as written, cleaned of Markdown and of the parts below, e.g. "Anders
 *     Björklund"; may be a bare handle ("baude") or a first name ("Tom")
 * @param handle a handle given beside the name, e.g. "afbjorklund" from "(afbjorklund)", or null
 * @param organization an organization given beside the name ("Cesar Talledo - Nestybox", "Tom
 *     Sweeney (Red Hat LLC)"), or null
 * @param range where {@code name} stands in the document
 */
public record NameRef(String name, String handle, String organization, SourceRange range) {
  public NameRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
    if (name.isBlank()) throw new IllegalArgumentException("blank name");
  }

  public static NameRef of(String name, SourceRange range) {
    return new NameRef(name, null, null, range);
  }
}
