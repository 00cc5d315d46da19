package io.notegraph.pipeline;

/**
 * Hears when each stage of a {@link Pipeline} run starts and finishes, on the thread that called
 * the run: the benchmark times stages with it. Stages run one after the other, so every {@code
 * started} is followed by its {@code finished} before the next starts (unless the stage throws).
 */
public interface StageListener {
  /** The pipeline's stages, in order. */
  enum Stage {
    PARSE,
    NLP,
    LINK
  }

  void started(Stage stage);

  void finished(Stage stage);

  /** A listener that ignores everything. */
  static StageListener none() {
    return new StageListener() {
      @Override
      public void started(Stage stage) {}

      @Override
      public void finished(Stage stage) {}
    };
  }
}
