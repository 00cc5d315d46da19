package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeBlockTest {
  private static void assertCode(String content) {
    LogFixture f = LogFixture.parse(content);
    assertThat(f.block().kind()).as(content).isEqualTo(LogBlock.Kind.CODE);
    assertThat(f.block().chat()).isEmpty();
    assertThat(f.block().transcript()).isEmpty();
    assertThat(f.block().segments()).isEmpty();
    assertThat(f.diagnostics()).isEmpty();
  }

  @Test
  void composeYamlIsCode() {
    assertCode(
        """
        version: '3.7'
        services:
          db:
            image: mariadb:10
            command: '--skip-name-resolve'
            environment:
              - DB_USER=shop
          web:
            image: shop:latest
            ports:
              - 8080:80
        volumes:
          db_data:
        """);
  }

  @Test
  void flatKeyValueConfigurationIsCode() {
    assertCode("host: db.example.org\nport: 5432\nuser: shop\n");
    assertCode("name: demo\nimage: quay.io/demo/app\n");
    assertCode("alpha: 1\nbeta: two\ngamma: three\n");
  }

  @Test
  void shellSessionsAreCode() {
    assertCode("$ podman run --rm -it alpine sh\n/ # date\nMon 10:30\n/ # exit\n");
    assertCode(
        "export DOCKER_HOST=unix:///run/user/1000/podman/podman.sock\ndocker-compose up -d\n");
  }

  @Test
  void urlsNeverMakeSpeakers() {
    assertCode("https://example.org/one\nhttps://example.org/two\nhttp://example.org/three\n");
  }

  @Test
  void proseAndSentencesWithTimesAreCode() {
    assertCode("The raw chat was not captured.\n");
    assertCode("We will meet again at 10:30 AM\nand then see you at 11:00 AM\n");
  }

  @Test
  void emptyAndBlankBlocksAreCode() {
    assertCode("");
    assertCode("\n\n   \n\t\n");
  }

  @Test
  void aMeetingCodeAloneIsCode() {
    assertCode("abc-defg-hij\n");
  }

  /** Guards against blow-ups: a 5000-line chat, and 5000 lines of one long YAML file. */
  @Test
  void longBlocksAreReadCompletely() {
    StringBuilder chat = new StringBuilder();
    for (int i = 0; i < 2500; i++) {
      chat.append("Person ")
          .append((char) ('A' + i % 26))
          .append(" Lastname")
          .append(10 + i % 2)
          .append(":")
          .append(String.format("%02d", i % 60))
          .append(" AM\n")
          .append("message number ")
          .append(i)
          .append(": see https://example.org/")
          .append(i)
          .append('\n');
    }
    LogFixture f = LogFixture.parse(chat.toString());
    assertThat(f.block().chat()).hasSize(2500);
    assertThat(f.block().chat().get(2499).text())
        .isEqualTo("message number 2499: see https://example.org/2499");
    assertThat(f.block().chat().get(2499).range().line()).isEqualTo(LogFixture.FIRST_LINE + 4998);

    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      yaml.append(i % 3 == 0 ? "key" + i + ": value\n" : "  - item: " + "x".repeat(i % 200) + "\n");
    }
    assertCode(yaml.toString());
  }
}
