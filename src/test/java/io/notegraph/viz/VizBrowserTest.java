package io.notegraph.viz;

import static io.notegraph.viz.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the generated page from disk in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, never a downloaded browser) and uses it as a person would. Without Chromium the
 * test fails under {@code CI=true} and is skipped elsewhere.
 */
class VizBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String BRUNO = ID + "person/bruno-okafor";

  // Selenium warns that it has no CDP bindings for this Chromium; WebDriver itself is all we use.
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private static ChromeDriver driver;
  private static Path page;
  private static Path profile;
  private static ViewModel model;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("CI=true but Chromium is missing: run .ci/install-browser.sh");
    }
    assumeTrue(present, "Chromium not installed (skipped outside CI): .ci/install-browser.sh");
    SELENIUM_LOG.setLevel(Level.SEVERE);
    GraphView view = Fixtures.sampleView();
    model = view.viewModel();
    Path dir = Files.createDirectories(Path.of("target", "viz-browser").toAbsolutePath());
    page = dir.resolve("graph.html");
    Files.writeString(page, view.html(), StandardCharsets.UTF_8);
    profile = Files.createTempDirectory("notegraph-chromium");
    // Both paths fixed, so Selenium Manager has nothing to look up or download.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1600,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) driver.quit();
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void openPage() {
    driver.get(page.toUri().toString());
    waitForGraph();
  }

  @Test
  void drawsEveryNodeOfTheViewModel() {
    assertThat(number("return cy.nodes().length")).isEqualTo(model.nodes().size());
    assertThat(number("return cy.edges().length")).isEqualTo(model.edges().size());
    assertThat(driver.findElement(By.id("stats")).getText()).startsWith("29 of 29 nodes");
  }

  @Test
  void searchHighlightsTheMatchingPerson() {
    driver.findElement(By.id("search")).sendKeys("okafor");
    assertThat(js("return cy.nodes('.match').map(n => n.id())")).isEqualTo(List.of(BRUNO));
    assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("1 match");
  }

  @Test
  void clickingAPersonShowsNameAndSourceLines() throws IOException {
    clickNode(BRUNO);
    WebElement details = driver.findElement(By.id("details"));
    assertThat(details.getText())
        .contains("Bruno Okafor")
        .contains("podman-community/2025-02-04.md:6")
        .contains("Podman 5.4 networking");
    WebElement source = details.findElement(By.linkText("podman-community/2025-02-04.md:6"));
    assertThat(source.getAttribute("href")).endsWith("/podman-community/2025-02-04.md#L6");
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", "viz-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void clickingATalkLinksTheRecordingAtItsOffset() {
    clickNode(ID + "meeting/podman-community-meeting/2025-02-04/section/2");
    WebElement link =
        driver.findElement(By.id("details")).findElement(By.linkText("recording at 2:50"));
    assertThat(link.getAttribute("href"))
        .isEqualTo("https://www.youtube.com/watch?v=Fx7QeN0aB1c&t=170s");
  }

  @Test
  void typeFilterHidesTalksAndTheirEdges() {
    driver.findElement(By.id("filter-talk")).click();
    waitForGraph();
    assertThat(number("return cy.nodes(':visible').length")).isEqualTo(29 - 7);
    assertThat(number("return cy.nodes('.talk:visible').length")).isZero();
    assertThat(
            number(
                "return cy.edges(':visible').filter(e => e.source().hasClass('talk')"
                    + " || e.target().hasClass('talk')).length"))
        .isZero();
  }

  @Test
  void dateRangeHidesEarlierMeetingsAndPeopleOnlySeenThere() {
    js(
        "const f = document.getElementById('date-from'); f.value = '2025-04-01';"
            + " f.dispatchEvent(new Event('change'));");
    waitForGraph();
    assertThat(visible(ID + "meeting/podman-community-meeting/2025-02-04")).isFalse();
    assertThat(visible(ID + "person/chiara-rossi")).isFalse(); // February only
    assertThat(visible(ID + "person/ada-lindqvist")).isTrue(); // every meeting
    assertThat(visible(ID + "project/buildah")).isTrue(); // still mentioned in June
  }

  @Test
  void personProjectViewShowsOnlyWeightedTalksAboutEdges() throws IOException {
    driver.findElement(By.id("person-project")).click();
    waitForGraph();
    assertThat(js("return [...new Set(cy.nodes(':visible').map(n => n.data('type')))].sort()"))
        .isEqualTo(List.of("person", "project"));
    assertThat(js("return [...new Set(cy.edges(':visible').map(e => e.data('kind')))]"))
        .isEqualTo(List.of("talks-about"));
    assertThat(number("return cy.edges(':visible').length")).isEqualTo(11);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        shot,
        Path.of("target", "viz-screenshot-people-projects.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** A real mouse click at the node's rendered position inside the canvas. */
  private void clickNode(String id) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js("return !cy.nodes().some(n => n.animated()) && !cy.animated()")));
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            js(
                "const n = cy.getElementById(arguments[0]); const p = n.renderedPosition();"
                    + " const r = cy.container().getBoundingClientRect();"
                    + " return [p.x - r.width / 2, p.y - r.height / 2];",
                id);
    WebElement canvas = driver.findElement(By.id("cy"));
    new Actions(driver)
        .moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue())
        .click()
        .perform();
    assertThat(js("return cy.$(':selected').map(n => n.id())")).isEqualTo(List.of(id));
  }

  private boolean visible(String id) {
    return Boolean.TRUE.equals(js("return cy.getElementById(arguments[0]).visible()", id));
  }

  private void waitForGraph() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> Boolean.TRUE.equals(js("return window.vizReady === true")));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private long number(String script) {
    return ((Number) js(script)).longValue();
  }
}
