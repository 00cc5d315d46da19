package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.notegraph.store.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCommandTest {
  @TempDir Path dir;

  @Test
  void reportsWhatChangedAndThenThatNothingDid() {
    String db = dir.resolve("tdb2").toString();

    CliRun first = CliRun.of("load", "--db", db, Fixtures.sample().toString());
    CliRun edited = CliRun.of("load", "--db", db, Fixtures.sampleChanged().toString());
    CliRun again = CliRun.of("load", "--db", db, Fixtures.sampleChanged().toString());

    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("+ " + Fixtures.DOC_JAN).contains("added: 3, replaced: 0");
    assertThat(edited.out())
        .contains("~ " + Fixtures.DOC_JAN)
        .contains("+ " + Fixtures.DOC_MAR)
        .contains("added: 1, replaced: 1, removed: 0, unchanged: 2 graphs");
    assertThat(again.out()).contains("unchanged: 4 graphs; nothing to do");
  }

  @Test
  void missingInputIsAnError() {
    CliRun r = CliRun.of("load", "--db", dir.resolve("tdb2").toString(), "nope.trig");

    assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.err()).contains("no such file: nope.trig");
  }
}
