package io.notegraph.pipeline;

import io.notegraph.link.IdentityOverrides;
import io.notegraph.link.IdentityResolver;
import io.notegraph.link.Linker;
import io.notegraph.nlp.MentionFinder;
import io.notegraph.nlp.Recognizer;
import io.notegraph.nlp.gazetteer.Gazetteer;
import io.notegraph.rdf.GraphValidator;

/**
 * The stage implementations the CLI wires together. Each is built once per process, on first use,
 * and the models and gazetteer it reads wait for Jena's initialisation ({@link JenaWarmUp}).
 */
public final class Components {
  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  private Components() {}

  /** Built once: loading the models and gazetteer is the costly part. */
  private static final class Finder {
    static final Recognizer INSTANCE = build();

    private static Recognizer build() {
      JenaWarmUp.await(); // the gazetteer is Turtle
      return Recognizer.builder().build();
    }
  }

  /** Built once: the gazetteer and overrides are read from the jar on first use. */
  private static final class Resolver {
    static final IdentityResolver INSTANCE = build();

    private static IdentityResolver build() {
      JenaWarmUp.await();
      return IdentityResolver.builder()
          .gazetteer(Gazetteer.fromClasspath())
          .overrides(IdentityOverrides.fromClasspath())
          .build();
    }
  }

  /**
   * The recognizer (or none), loaded when the first note asks for mentions, not when the pipeline
   * is wired: notes are parsed meanwhile.
   */
  public static MentionFinder finder(boolean off) {
    if (off) return MentionFinder.none();
    return new MentionFinder() {
      @Override
      public java.util.List<io.notegraph.nlp.Mention> find(
          io.notegraph.ingest.SourceDocument doc, io.notegraph.parse.MeetingNote note) {
        return Finder.INSTANCE.find(doc, note);
      }

      @Override
      public MentionFinder forCorpus(java.util.List<io.notegraph.parse.MeetingNote> notes) {
        return Finder.INSTANCE.forCorpus(notes);
      }
    };
  }

  /** The identity resolver, loaded when linking starts. */
  public static Linker linker() {
    return (notes, diag) -> Resolver.INSTANCE.link(notes, diag);
  }

  /** Loads the components now (for benchmarks, so that no stage timing includes loading). */
  public static void load(boolean nlp) {
    Resolver.INSTANCE.hashCode();
    if (nlp) Finder.INSTANCE.hashCode();
  }

  /** Returns once Jena is fully initialised; see {@link JenaWarmUp}. */
  public static void awaitJena() {
    JenaWarmUp.await();
  }

  /** Starts initialising Jena on a background thread (once); see {@link JenaWarmUp}. */
  public static void warmUpJena() {
    JenaWarmUp.start();
  }

  /**
   * Starts loading what an extract run will need (Jena, the models, the gazetteer, the SHACL
   * shapes) on background threads, so that it overlaps reading and parsing the notes instead of
   * waiting in line. Whoever needs a component first simply waits for its loading to finish (class
   * initialisation is the lock); nothing is loaded twice. Only the first call starts anything.
   */
  public static void preload(boolean nlp, boolean validate) {
    if (!PRELOADING.compareAndSet(false, true)) return;
    JenaWarmUp.start();
    if (nlp) start("models", () -> Finder.INSTANCE.hashCode());
    start(
        "gazetteer",
        () -> {
          Resolver.INSTANCE.hashCode();
          if (validate && !SKIP_SHAPES.get()) GraphValidator.standard();
        });
  }

  private static final java.util.concurrent.atomic.AtomicBoolean SKIP_SHAPES =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Tells the preload that the SHACL shapes will not be needed (streamed output is not validated in
   * memory), unless it has loaded them already: CPU a run competing for both cores can use
   * elsewhere (docs/BENCHMARKS.md).
   */
  public static void skipShapes() {
    SKIP_SHAPES.set(true);
  }

  private static void start(String name, Runnable load) {
    Thread t =
        new Thread(
            () -> {
              try {
                load.run();
              } catch (RuntimeException | Error e) {
                // the caller that needs the component hits the same failure and reports it
              }
            },
            "preload-" + name);
    t.setDaemon(true);
    t.start();
  }
}
