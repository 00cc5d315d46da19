package io.notegraph.cli;

import io.notegraph.link.Gazetteer;
import io.notegraph.link.IdentityOverrides;
import io.notegraph.link.IdentityResolver;
import io.notegraph.link.Linker;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.nlp.Recognizer;

/** The stage implementations the CLI wires together; models are loaded once per process. */
final class Components {
  private Components() {}

  /** Built once: loading the models and gazetteer is the costly part. */
  private static final class Finder {
    static final Recognizer INSTANCE = Recognizer.builder().build();
  }

  static MentionFinder finder(boolean off) {
    return off ? MentionFinder.none() : Finder.INSTANCE;
  }

  /** Built once: the gazetteer and overrides are read from the jar on first use. */
  private static final class Resolver {
    static final IdentityResolver INSTANCE = IdentityResolver.builder()
        .gazetteer(Gazetteer.fromClasspath())
        .overrides(IdentityOverrides.fromClasspath())
        .build();
  }

  static Linker linker() {
    return Resolver.INSTANCE;
  }
}
