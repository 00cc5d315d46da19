package io.notegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;

/** What a user sees first: the top-level help and the shell completion. */
class MainHelpTest {
  @Test
  void everyCommandSummaryInTheTopLevelHelpIsAWholeSentence() {
    CommandLine cl =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (var e : cl.getSubcommands().entrySet()) {
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      assertThat(description).as(e.getKey()).isNotEmpty();
      assertThat(description[0]).as("summary of %s", e.getKey()).endsWith(".");
    }
  }

  @Test
  void topLevelHelpListsTheExitCodes() {
    CliRun r = CliRun.of("--help");
    assertThat(r.out()).contains("2 usage error").contains("3 output validation failed");
  }

  @Test
  void bashCompletionOffersTheCatalogQueryNames() {
    CommandLine cl =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    String script = AutoComplete.bash("notegraph", cl);

    assertThat(script).contains("attendees").contains("meetings-by-project").contains("presenters");
    assertThat(script).doesNotContain("fixture-people");
  }
}
