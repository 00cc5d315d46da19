package io.notegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecognizerTest {
  private static final Recognizer RECOGNIZER = Recognizer.builder().build();

  private static List<String> find(String text, String... attendees) {
    return RECOGNIZER.find(Notes.doc(text), Notes.prose(text, attendees)).stream()
        .map(m -> m.type() + ":" + m.text())
        .toList();
  }

  @Test
  void projectsInProse() {
    assertThat(find("Marta has a local Kubernetes cluster running CRI-O as her runtime."))
        .contains("PROJECT:Kubernetes", "PROJECT:CRI-O");
  }

  @Test
  void widelyUsedSoftwareOutsideTheLandscapeIsKnownAndAWordNeedsEvidence() {
    assertThat(find("The dashboard moved to Vite and Tokio; the database is PostgreSQL 16."))
        .contains("PROJECT:Vite", "PROJECT:Tokio", "VERSION:PostgreSQL 16");
    assertThat(find("We support React 19 from the next release.")).contains("VERSION:React 19");
    assertThat(find("How did people react to the new schedule?")).isEmpty();
  }

  @Test
  void aliasesAreProjects() {
    assertThat(find("Docker, Podman and K8s workloads; also k8s and FCOS."))
        .containsExactly(
            "PROJECT:Docker", "PROJECT:Podman", "PROJECT:K8s", "PROJECT:k8s", "PROJECT:FCOS");
  }

  @Test
  void kubeAfterASubcommandIsNotKubernetes() {
    assertThat(find("Podman generate kube updates")).containsExactly("PROJECT:Podman");
  }

  @Test
  void hiddenLabelsMatchOnlyAsWritten() {
    assertThat(find("Try pasta with crun.")).containsExactly("PROJECT:pasta", "PROJECT:crun");
    assertThat(find("Let us go on; Go is fine.")).containsExactly("PROJECT:Go");
  }

  @Test
  void organizations() {
    assertThat(find("Tova works for Red Hat, her friend at Nestybox and one at Intel."))
        .contains("ORGANIZATION:Red Hat", "ORGANIZATION:Nestybox", "ORGANIZATION:Intel");
  }

  @Test
  void versionsWithAndWithoutProject() {
    assertThat(find("Podman v3.2.0-rc3 is out; Podman 5.0 next, then 4.4.1 and v3.3."))
        .contains(
            "VERSION:Podman v3.2.0-rc3", "VERSION:Podman 5.0", "VERSION:4.4.1", "VERSION:v3.3");
    assertThat(find("Fedora 36 ships it, RHEL 8.8 later."))
        .contains("VERSION:Fedora 36", "VERSION:RHEL 8.8");
  }

  @Test
  void releasesGluedToTheirNameAreVersions() {
    assertThat(find("Tried it on Fedora35 and podman4.")).containsExactly("VERSION:Fedora35");
  }

  @Test
  void aHashChannelIsNotTheProject() {
    assertThat(find("Join #podman on Libera; Podman is great.")).containsExactly("PROJECT:Podman");
  }

  @Test
  void timesDatesAndAddressesAreNotVersions() {
    assertThat(find("Started 11:03 on 2021-06-01 from 10.88.0.2, took 90% less."))
        .noneMatch(s -> s.startsWith("VERSION"));
  }

  @Test
  void inlineCodeCommandsAndOptions() {
    assertThat(find("Run `podman run --userns=auto -it fedora` please."))
        .containsExactly("COMMAND:podman run --userns=auto -it fedora");
    assertThat(find("Need to change `--isolation` to chroot, or use --isolation chroot."))
        .containsExactly("COMMAND:--isolation", "COMMAND:--isolation");
    assertThat(find("podman start --all now works")).containsExactly("COMMAND:podman start --all");
  }

  @Test
  void urlsAndLinkTargetsAreMasked() {
    String text =
        "[Buildah notes](https://github.com/containers/podman/blob/x/kubernetes.pdf)"
            + " and https://example.org/skopeo/v1.2.3";
    assertThat(find(text)).containsExactly("PROJECT:Buildah");
  }

  @Test
  void attendeesAreFoundInProseByStructure() {
    String text = "Ada Quill showed the demo. Ada said Quill is her family name.";
    List<Mention> ms = RECOGNIZER.find(Notes.doc(text), Notes.prose(text, "Ada Quill"));
    assertThat(ms).extracting(Mention::text).containsExactly("Ada Quill", "Ada", "Quill");
    assertThat(ms)
        .allSatisfy(
            m -> {
              assertThat(m.finder()).isEqualTo("structure");
              assertThat(m.confidence()).isEqualTo(1.0);
            });
  }

  @Test
  void handlesAfterNamesAndAtHandles() {
    assertThat(
            find("Ada Quill (@aquill) and Bo Lund (blund) pinged @zeke.", "Ada Quill", "Bo Lund"))
        .containsExactly(
            "PERSON:Ada Quill", "PERSON:aquill", "PERSON:Bo Lund", "PERSON:blund", "PERSON:zeke");
  }

  @Test
  void chatSendersGluedToTimes() {
    String text = "Ada Quill11:21 AM\nthanks Bo!";
    assertThat(find(text, "Ada Quill", "Bo Lund")).containsExactly("PERSON:Ada Quill", "PERSON:Bo");
  }

  @Test
  void modelFindsUnlistedPeople() {
    List<Mention> ms =
        RECOGNIZER.find(
            Notes.doc("Kwabena Osei asked whether Buildah works."),
            Notes.prose("Kwabena Osei asked whether Buildah works."));
    assertThat(ms)
        .anySatisfy(
            m -> {
              assertThat(m.text()).isEqualTo("Kwabena Osei");
              assertThat(m.finder()).isEqualTo("maxent");
              assertThat(m.statistical()).isTrue();
            });
  }

  @Test
  void offsetsIndexTheDocumentExactly() {
    String text = "# Notes\n\nSecond line: Podman 4.4 on Fedora.\n* `buildah bud` by Ada Quill\n";
    var doc = Notes.doc(text);
    List<Mention> ms = RECOGNIZER.find(doc, Notes.prose(text, "Ada Quill"));
    assertThat(ms)
        .isNotEmpty()
        .allSatisfy(
            m -> {
              assertThat(m.text()).isEqualTo(m.range().of(text));
              long newlines =
                  text.substring(0, m.range().begin()).chars().filter(c -> c == '\n').count();
              assertThat(m.range().line()).isEqualTo(newlines + 1);
            });
    assertThat(ms)
        .extracting(m -> m.type() + ":" + m.text())
        .containsExactly(
            "VERSION:Podman 4.4", "PROJECT:Fedora", "COMMAND:buildah bud", "PERSON:Ada Quill");
  }

  @Test
  void longerSpanWinsAndOutputIsSorted() {
    List<Mention> ms =
        RECOGNIZER.find(
            Notes.doc("Podman Desktop and Podman."), Notes.prose("Podman Desktop and Podman."));
    assertThat(ms).extracting(Mention::text).containsExactly("Podman Desktop", "Podman");
  }

  @Test
  void deterministicAcrossRunsAndThreads() throws Exception {
    String text = "Ada Quill and Kwabena Osei ran Podman 4.0 on RHEL with `podman ps`.";
    List<Mention> first = RECOGNIZER.find(Notes.doc(text), Notes.prose(text, "Ada Quill"));
    List<Thread> threads = new java.util.ArrayList<>();
    List<List<Mention>> results =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () -> {
                for (int k = 0; k < 20; k++) {
                  results.add(RECOGNIZER.find(Notes.doc(text), Notes.prose(text, "Ada Quill")));
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    assertThat(results).hasSize(80).allSatisfy(r -> assertThat(r).isEqualTo(first));
  }
}
