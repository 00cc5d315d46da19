package io.notegraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The initials running notes call people by, one rule for parse and link. */
class InitialsTest {
  @Test
  void eachWordAndEachHyphenatedPartGivesALetterParticlesAndNicknamesNone() {
    assertThat(Initials.of("Andrés Felipe Gutiérrez")).isEqualTo("afg");
    assertThat(Initials.of("Fatima-Zahra Benali")).isEqualTo("fzb");
    assertThat(Initials.of("Joaquim dos Anjos")).isEqualTo("ja");
    assertThat(Initials.of("Ingeborg \"Inge\" Lindqvist")).isEqualTo("il");
    assertThat(Initials.of("joaquim dos anjos")).isEqualTo("ja"); // the link stage's tokens
  }

  @Test
  void oneWordOrMoreThanFourLettersHasNone() {
    assertThat(Initials.of("pebblefox")).isNull();
    assertThat(Initials.of("Ana María de la Cruz Pérez Gómez")).isNull();
  }
}
