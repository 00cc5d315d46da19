package io.notegraph.cli;

import io.notegraph.pipeline.Extraction;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr over an extraction's per-note stages (parse, then nlp: two steps a
 * note), drawn by the progressbar library from the moment the notes are read until linking is done;
 * silent for small runs, with {@code --quiet}, and when stderr is not a terminal. Thread-safe for
 * {@link #step}.
 */
final class Progress implements Extraction.Listener, AutoCloseable {
  private static final int MIN_FILES = 50;
  private final String task;
  private final boolean quiet;
  private volatile ProgressBar bar;

  Progress(PrintWriter err, String task, boolean quiet) {
    this.task = task;
    this.quiet = quiet;
  }

  @Override
  public void loaded(int files) {
    if (quiet || files < MIN_FILES || System.console() == null) return;
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(files * 2L)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" notes", 2)
            .continuousUpdate()
            .build();
  }

  @Override
  public void step(String document) {
    ProgressBar b = bar;
    if (b != null) b.step();
  }

  @Override
  public void linked() {
    close();
  }

  @Override
  public void close() {
    ProgressBar b = bar;
    bar = null;
    if (b != null) b.close();
  }
}
