package io.notegraph.devtools;

import java.util.SplittableRandom;

/**
 * Sentences of meeting-note prose with the things recognition looks for: projects and organizations
 * from a pool, versions, inline commands and people (by any alias). Word lists are fixed; the
 * random source decides. Stateless and thread-safe.
 */
final class Prose {
  static final String[] PROJECTS = {
    "Podman",
    "Buildah",
    "Skopeo",
    "CRI-O",
    "crun",
    "conmon",
    "netavark",
    "aardvark-dns",
    "Kubernetes",
    "Fedora CoreOS",
    "podman-py",
    "Podman Desktop",
    "containers/storage",
    "runc"
  };
  static final String[] ORGS = {
    "Red Hat", "SUSE", "Microsoft", "Docker", "the CNCF", "Canonical", "Google", "IBM"
  };
  private static final String[] COMMANDS = {
    "podman run --rm -it", "podman machine init", "podman image scp", "podman play kube",
    "buildah bud -t app .", "skopeo copy", "podman system reset", "podman network create",
    "podman pod create --name web", "podman generate systemd --new"
  };
  private static final String[] VERBS = {
    "showed",
    "explained",
    "asked about",
    "fixed",
    "reviewed",
    "demonstrated",
    "proposed",
    "merged",
    "tested",
    "benchmarked",
    "documented",
    "deprecated"
  };
  private static final String[] THINGS = {
    "rootless networking", "the new quadlet support", "image signing", "the remote client",
    "cgroups v2 defaults", "the REST API", "compose compatibility", "checkpoint and restore",
    "the machine provider on macOS", "SELinux labels", "overlay storage", "the release notes",
    "pasta networking", "the Windows installer", "health checks", "auto-update"
  };
  private static final String[] TAILS = {
    "and it worked on the first try.", "but it needs more tests.", "which should land next month.",
    "so please try it and report bugs.", "after a long discussion.", "with help from upstream.",
    "and the CI is green again.", "which was a long-standing request."
  };

  private Prose() {}

  static String version(SplittableRandom r) {
    return "v" + (1 + r.nextInt(5)) + "." + r.nextInt(10) + "." + r.nextInt(4);
  }

  /** One sentence; {@code person} is used as the subject when given. */
  static String sentence(SplittableRandom r, String person) {
    String who = person != null ? person : pick(r, PROJECTS) + " maintainers";
    return switch (r.nextInt(6)) {
      case 0 ->
          who
              + " "
              + pick(r, VERBS)
              + " "
              + pick(r, THINGS)
              + " in "
              + pick(r, PROJECTS)
              + " "
              + version(r)
              + " "
              + pick(r, TAILS);
      case 1 -> "Run `" + pick(r, COMMANDS) + "` to try " + pick(r, THINGS) + ".";
      case 2 ->
          pick(r, ORGS)
              + " is looking at "
              + pick(r, THINGS)
              + " for "
              + pick(r, PROJECTS)
              + ", "
              + pick(r, TAILS);
      case 3 ->
          who + " said " + pick(r, PROJECTS) + " " + version(r) + " fixes " + pick(r, THINGS) + ".";
      case 4 ->
          "Question about "
              + pick(r, THINGS)
              + ": does it work with "
              + pick(r, PROJECTS)
              + "? Yes, "
              + pick(r, TAILS);
      default -> "There was a long discussion of " + pick(r, THINGS) + " " + pick(r, TAILS);
    };
  }

  /** A paragraph of 2-5 sentences, some with people as subjects. */
  static String paragraph(SplittableRandom r, String[] people) {
    StringBuilder b = new StringBuilder();
    int n = 2 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(' ');
      String who = people.length > 0 && r.nextBoolean() ? people[r.nextInt(people.length)] : null;
      b.append(sentence(r, who));
    }
    return b.toString();
  }

  static String title(SplittableRandom r) {
    String t = pick(r, THINGS);
    return switch (r.nextInt(4)) {
      case 0 -> pick(r, PROJECTS) + " " + version(r) + " Updates";
      case 1 -> "Demo: `" + pick(r, COMMANDS) + "`";
      case 2 -> Character.toUpperCase(t.charAt(0)) + t.substring(1) + " in " + pick(r, PROJECTS);
      default -> Character.toUpperCase(t.charAt(0)) + t.substring(1);
    };
  }

  static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }
}
