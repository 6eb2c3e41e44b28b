package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

  @RegisterExtension static final ConsoleBrowserRun RUN = new ConsoleBrowserRun();
  private ChromeDriver driver;

  @LocalServerPort int port;
  private ConsoleBrowser browser;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired SchedulePolicies policies;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    RUN.properties(registry);
  }

  @BeforeEach
  void signedOut() {
    ConsoleFixture.addPeople(tenants, leaders);
    driver = RUN.driver();
    browser = ConsoleBrowser.signedOut(driver, port);
  }

  @Test
  void coordinatorSignsInWithTheProviderAndUsesEveryPage() throws IOException {
    ConsoleFixture.nextSignIn(RUN.provider(), ConsoleFixture.KARI_EMAIL, true);
    driver.get(browser.url("/console"));
    assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
    assertThat(driver.findElements(By.cssSelector(".notice"))).isEmpty();
    browser.noViolations("sign-in");
    browser.screenshot("sign-in.png");
    driver.findElement(By.cssSelector("[data-testid=sign-in]")).click();

    browser.waitForHeading("Oversikt");
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nb");
    assertThat(driver.findElement(By.cssSelector(".who")).getText())
        .contains("Logget inn som Kari Nordmann");
    assertThat(browser.testId("leader-count").getText()).isEqualTo("4");
    assertThat(browser.testId("digest").getText()).contains("Ukesammendraget");
    browser.noViolations("overview");
    browser.screenshot("oversikt.png");

    driver.findElement(By.linkText("Ledere")).click();
    browser.waitForHeading("Ledere");
    assertThat(leaderNames()).contains("Kari Nordmann", "Ola Hauge", "Ingrid Berg", "Per Olsen");
    assertThat(leaderNames()).doesNotContain("Berit Lie");
    browser.noViolations("leaders");
    browser.screenshot("ledere.png");
    driver.findElement(By.id("q")).sendKeys("hauge\n");
    browser.waitForHeading("Ledere");
    assertThat(leaderNames()).containsExactly("Ola Hauge");

    browser.testId("add-leader").click();
    browser.waitForHeading("Ny leder");
    driver.findElement(By.id("name")).sendKeys("Siri Dahl");
    driver.findElement(By.id("email")).sendKeys("siri.dahl");
    browser.testId("save").click();
    browser.waitForHeading("Ny leder");
    assertThat(driver.findElement(By.id("email-error")).getText())
        .isEqualTo("Dette er ikke en e-postadresse.");
    assertThat(driver.findElement(By.id("email")).getDomAttribute("aria-describedby"))
        .isEqualTo("email-error");
    assertThat(leaders.findByTenant(ConsoleFixture.SAMPLE))
        .extracting(l -> l.name())
        .doesNotContain("Siri Dahl");
    browser.noViolations("leader form with an error");
    browser.replace("email", "siri.dahl@fjordvik.kommune.no");
    browser.testId("save").click();
    browser.waitForHeading("Endre Siri Dahl");
    assertThat(browser.testId("saved").getText()).isEqualTo("Lagret.");
    assertThat(leaders.findByTenant(ConsoleFixture.SAMPLE))
        .anySatisfy(l -> assertThat(l.email()).isEqualTo("siri.dahl@fjordvik.kommune.no"));
    driver.findElement(By.cssSelector("label[for=body-sample-ks]")).click();
    browser.testId("save").click();
    browser.waitForHeading("Endre Siri Dahl");
    assertThat(driver.findElement(By.id("body-sample-ks")).isSelected()).isTrue();
    browser.noViolations("leader form");
    browser.screenshot("leder.png");

    driver.findElement(By.linkText("Innstillinger")).click();
    browser.waitForHeading("Innstillinger");
    assertThat(driver.findElements(By.cssSelector("[data-testid=saved]"))).isEmpty();
    browser.noViolations("settings");
    browser.screenshot("innstillinger.png");
    browser.replace("anonymityThreshold", "2");
    browser.replace("workStart", "0900");
    browser.testId("save").click();
    browser.waitForHeading("Innstillinger");
    assertThat(driver.findElement(By.id("anonymityThreshold-error")).getText())
        .startsWith("Skriv et tall fra 3 til 1000.");
    assertThat(policies.of(ConsoleFixture.SAMPLE).workStart()).hasToString("08:00");
    browser.noViolations("settings with an error");
    browser.replace("anonymityThreshold", "5");
    browser.testId("save").click();
    browser.waitForHeading("Innstillinger");
    assertThat(browser.testId("saved").getText()).contains("lagret");
    assertThat(policies.of(ConsoleFixture.SAMPLE).anonymityThreshold()).isEqualTo(5);
    assertThat(policies.of(ConsoleFixture.SAMPLE).workStart()).hasToString("09:00");

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.findElement(By.linkText("Oversikt")).click();
    browser.waitForHeading("Oversikt");
    browser.noViolations("overview at 390 px");
    browser.screenshot("oversikt-390.png");

    driver.findElement(By.cssSelector(".who button")).click();
    browser.waitForHeading("Logg inn");
    assertThat(driver.getPageSource()).contains("Du er logget ut.");
    driver.get(browser.url("/console/leaders"));
    assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
  }

  @Test
  void demoSignsInAsTheSampleCoordinator() {
    driver.get(browser.url("/console"));
    browser.testId("demo-sign-in").click();
    browser.waitForHeading("Oversikt");
    assertThat(driver.findElement(By.cssSelector(".who")).getText()).contains("Kari Nordmann");
  }

  @Test
  void aLeaderWhoIsNoCoordinatorIsToldPolitely() throws IOException {
    ConsoleFixture.nextSignIn(RUN.provider(), ConsoleFixture.PER_EMAIL, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Konsollen er for koordinatorer");
    assertThat(browser.testId("message").getText()).contains("bare koordinatorene i kommunen");
    browser.noViolations("not a coordinator");
    browser.screenshot("ikke-koordinator.png");
    driver.get(browser.url("/console/leaders"));
    browser.waitForHeading("Konsollen er for koordinatorer");
  }

  @Test
  void anUnverifiedEmailNamesNobody() {
    ConsoleFixture.nextSignIn(RUN.provider(), ConsoleFixture.KARI_EMAIL, false);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Konsollen er for koordinatorer");
  }

  @Test
  void anotherTenantsCoordinatorSeesOnlyTheirOwn() {
    ConsoleFixture.nextSignIn(RUN.provider(), ConsoleFixture.BERIT_EMAIL, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
    assertThat(browser.testId("leader-count").getText()).isEqualTo("1");
    driver.get(browser.url("/console/leaders"));
    assertThat(leaderNames()).containsExactly("Berit Lie");
    driver.get(browser.url("/console/leaders/" + ConsoleFixture.KARI.value()));
    browser.waitForHeading("Fant ikke siden");
    assertThat(driver.getPageSource()).doesNotContain("Kari Nordmann");
    browser.noViolations("not found");
  }

  private List<String> leaderNames() {
    return driver
        .findElements(By.cssSelector("[data-testid=leaders] tbody td:first-child"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
