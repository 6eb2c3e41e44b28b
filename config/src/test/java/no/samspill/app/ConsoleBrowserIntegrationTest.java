package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A coordinator uses the console in a real (headless) Chromium: signed in through a real OpenID
 * Connect authorisation-code flow against an in-process provider, or through the demo sign-in;
 * axe-core checks every page.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.console.demo-sign-in=true",
      "samspill.scheduling.enabled=false"
    })
class ConsoleBrowserIntegrationTest {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired SchedulePolicies policies;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    PROVIDER.start();
    ConsoleFixture.properties(PROVIDER).forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.start("nb-NO,nb");
    driver = chromium.driver();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    PROVIDER.shutdown();
  }

  @BeforeEach
  void signedOut() {
    ConsoleFixture.addPeople(tenants, leaders);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(url("/console/sign-in"));
    driver.manage().deleteAllCookies();
  }

  @Test
  void coordinatorSignsInWithTheProviderAndUsesEveryPage() throws IOException {
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.KARI_EMAIL, true);
    driver.get(url("/console"));
    assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
    assertThat(driver.findElements(By.cssSelector(".notice"))).isEmpty();
    noViolations("sign-in");
    screenshot("sign-in.png");
    driver.findElement(By.cssSelector("[data-testid=sign-in]")).click();

    waitForHeading("Oversikt");
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nb");
    assertThat(driver.findElement(By.cssSelector(".who")).getText())
        .contains("Logget inn som Kari Nordmann");
    assertThat(testId("leader-count").getText()).isEqualTo("4");
    assertThat(testId("digest").getText()).contains("Ukesammendraget");
    noViolations("overview");
    screenshot("oversikt.png");

    driver.findElement(By.linkText("Ledere")).click();
    waitForHeading("Ledere");
    assertThat(leaderNames()).contains("Kari Nordmann", "Ola Hauge", "Ingrid Berg", "Per Olsen");
    assertThat(leaderNames()).doesNotContain("Berit Lie");
    noViolations("leaders");
    screenshot("ledere.png");
    driver.findElement(By.id("q")).sendKeys("hauge\n");
    waitForHeading("Ledere");
    assertThat(leaderNames()).containsExactly("Ola Hauge");

    testId("add-leader").click();
    waitForHeading("Ny leder");
    driver.findElement(By.id("name")).sendKeys("Siri Dahl");
    driver.findElement(By.id("email")).sendKeys("siri.dahl");
    testId("save").click();
    waitForHeading("Ny leder");
    assertThat(driver.findElement(By.id("email-error")).getText())
        .isEqualTo("Dette er ikke en e-postadresse.");
    assertThat(driver.findElement(By.id("email")).getDomAttribute("aria-describedby"))
        .isEqualTo("email-error");
    assertThat(leaders.findByTenant(ConsoleFixture.SAMPLE))
        .extracting(l -> l.name())
        .doesNotContain("Siri Dahl");
    noViolations("leader form with an error");
    replace("email", "siri.dahl@fjordvik.kommune.no");
    testId("save").click();
    waitForHeading("Endre Siri Dahl");
    assertThat(testId("saved").getText()).isEqualTo("Lagret.");
    assertThat(leaders.findByTenant(ConsoleFixture.SAMPLE))
        .anySatisfy(l -> assertThat(l.email()).isEqualTo("siri.dahl@fjordvik.kommune.no"));
    driver.findElement(By.cssSelector("label[for=body-sample-ks]")).click();
    testId("save").click();
    waitForHeading("Endre Siri Dahl");
    assertThat(driver.findElement(By.id("body-sample-ks")).isSelected()).isTrue();
    noViolations("leader form");
    screenshot("leder.png");

    driver.findElement(By.linkText("Innstillinger")).click();
    waitForHeading("Innstillinger");
    assertThat(driver.findElements(By.cssSelector("[data-testid=saved]"))).isEmpty();
    noViolations("settings");
    screenshot("innstillinger.png");
    replace("anonymityThreshold", "2");
    replace("workStart", "0900");
    testId("save").click();
    waitForHeading("Innstillinger");
    assertThat(driver.findElement(By.id("anonymityThreshold-error")).getText())
        .startsWith("Skriv et tall fra 3 til 1000.");
    assertThat(policies.of(ConsoleFixture.SAMPLE).workStart()).hasToString("08:00");
    noViolations("settings with an error");
    replace("anonymityThreshold", "5");
    testId("save").click();
    waitForHeading("Innstillinger");
    assertThat(testId("saved").getText()).contains("lagret");
    assertThat(policies.of(ConsoleFixture.SAMPLE).anonymityThreshold()).isEqualTo(5);
    assertThat(policies.of(ConsoleFixture.SAMPLE).workStart()).hasToString("09:00");

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.findElement(By.linkText("Oversikt")).click();
    waitForHeading("Oversikt");
    noViolations("overview at 390 px");
    screenshot("oversikt-390.png");

    driver.findElement(By.cssSelector(".who button")).click();
    waitForHeading("Logg inn");
    assertThat(driver.getPageSource()).contains("Du er logget ut.");
    driver.get(url("/console/leaders"));
    assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
  }

  @Test
  void demoSignsInAsTheSampleCoordinator() {
    driver.get(url("/console"));
    testId("demo-sign-in").click();
    waitForHeading("Oversikt");
    assertThat(driver.findElement(By.cssSelector(".who")).getText()).contains("Kari Nordmann");
  }

  @Test
  void aLeaderWhoIsNoCoordinatorIsToldPolitely() throws IOException {
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.PER_EMAIL, true);
    driver.get(url("/console"));
    testId("sign-in").click();
    waitForHeading("Konsollen er for koordinatorer");
    assertThat(testId("message").getText()).contains("bare koordinatorene i kommunen");
    noViolations("not a coordinator");
    screenshot("ikke-koordinator.png");
    driver.get(url("/console/leaders"));
    waitForHeading("Konsollen er for koordinatorer");
  }

  @Test
  void anUnverifiedEmailNamesNobody() {
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.KARI_EMAIL, false);
    driver.get(url("/console"));
    testId("sign-in").click();
    waitForHeading("Konsollen er for koordinatorer");
  }

  @Test
  void anotherTenantsCoordinatorSeesOnlyTheirOwn() {
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.BERIT_EMAIL, true);
    driver.get(url("/console"));
    testId("sign-in").click();
    waitForHeading("Oversikt");
    assertThat(testId("leader-count").getText()).isEqualTo("1");
    driver.get(url("/console/leaders"));
    assertThat(leaderNames()).containsExactly("Berit Lie");
    driver.get(url("/console/leaders/" + ConsoleFixture.KARI.value()));
    waitForHeading("Fant ikke siden");
    assertThat(driver.getPageSource()).doesNotContain("Kari Nordmann");
    noViolations("not found");
  }

  private List<String> leaderNames() {
    return driver
        .findElements(By.cssSelector("[data-testid=leaders] tbody td:first-child"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private void replace(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    if ("time".equals(field.getDomAttribute("type"))) {
      field.sendKeys(value);
      return;
    }
    field.clear();
    field.sendKeys(value);
  }

  private WebElement testId(String id) {
    return driver.findElement(By.cssSelector("[data-testid=" + id + "]"));
  }

  private static void waitForHeading(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage(() -> "heading '" + text + "' on " + driver.getCurrentUrl() + ": " + page())
        // The old page's heading goes stale while the next page loads; Chromium may also say its
        // node "does not belong to the document" (a plain WebDriverException) in that moment.
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(
            d -> {
              try {
                return text.equals(d.findElement(By.tagName("h1")).getText());
              } catch (WebDriverException e) {
                return false;
              }
            });
  }

  private static String page() {
    String source = driver.getPageSource();
    return source.length() > 2000 ? source.substring(0, 2000) : source;
  }

  private static void noViolations(String page) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "axe-core on %s: %s",
            page,
            violations.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList())
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  private static void screenshot(String name) throws IOException {
    Path target = Path.of("target", "console", name);
    Files.createDirectories(target.getParent());
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
