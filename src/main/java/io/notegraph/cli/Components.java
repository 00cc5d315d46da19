package io.notegraph.cli;

import io.notegraph.link.ExactNameLinker;
import io.notegraph.link.Linker;
import io.notegraph.nlp.MentionFinder;

/** The stage implementations the CLI wires together; models are loaded once per process. */
final class Components {
  private Components() {}

  static MentionFinder finder(boolean off) {
    return MentionFinder.none();
  }

  static Linker linker() {
    return new ExactNameLinker();
  }
}
