package io.notegraph.nlp;

/** The kinds of entity notegraph recognises. */
public enum EntityType {
  PERSON,
  PROJECT,
  ORGANIZATION,
  /** A release of a project: "v3.2.0-rc3", "Podman 5.0". */
  VERSION,
  /** A CLI command or option: "podman run --userns=auto", "--isolation chroot". */
  COMMAND
}
