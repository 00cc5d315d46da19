package io.notegraph.link;

import io.notegraph.diag.Diagnostics;
import io.notegraph.nlp.AnnotatedNote;
import java.util.List;

/** The link stage's role: resolve every name of every note to one entity per real thing. */
public interface Linker {
  LinkedCorpus link(List<AnnotatedNote> notes, Diagnostics diagnostics);
}
