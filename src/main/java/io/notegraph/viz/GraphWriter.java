package io.notegraph.viz;

import java.io.IOException;
import java.io.Writer;

/** Writes a view model in one file format. Implementations are stateless and thread-safe. */
interface GraphWriter {
  void write(ViewModel model, Writer out) throws IOException;
}
