package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.imports.ImportRuns;
import no.samspill.core.imports.ImportSource;
import no.samspill.core.imports.ImportSources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A coordinator sets up the municipality's calendar feeds and eInnsyn sources in a real (headless)
 * Chromium, signed in through the OpenID Connect flow: adds a feed, imports it, sees a failing one
 * explained, adds an eInnsyn source, edits and removes; axe-core checks every state of the page.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.console.demo-sign-in=true",
      "samspill.scheduling.enabled=false",
      "samspill.imports.allow-loopback=true",
      "samspill.calendar.timeout=PT10S"
    })
class ConsoleSourcesBrowserIntegrationTest {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @LocalServerPort int port;
  private ConsoleBrowser browser;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired ImportSources sources;
  @Autowired ImportRuns runs;
  @Autowired MongoTemplate mongo;

  @DynamicPropertySource
  static void outside(DynamicPropertyRegistry registry) {
    PROVIDER.start();
    ConsoleFixture.properties(PROVIDER).forEach((key, value) -> registry.add(key, () -> value));
    SourcesFixture.start();
    // A list binds from one property source only, so the whole feed is given here.
    registry.add("samspill.calendar.feeds[0].tenant-id", ConsoleFixture.SAMPLE::value);
    registry.add("samspill.calendar.feeds[0].body-id", SourcesFixture.ENV_BODY::value);
    registry.add("samspill.calendar.feeds[0].url", () -> SourcesFixture.url("/env.ics"));
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
    SourcesFixture.CALENDARS.stop();
  }

  @BeforeEach
  void signedOut() {
    SourcesFixture.start();
    SourcesFixture.clean(sources, runs, mongo);
    browser = new ConsoleBrowser(driver, port);
    ConsoleFixture.addPeople(tenants, leaders);
    SourcesFixture.addBodies(bodies);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(browser.url("/console/sign-in"));
    driver.manage().deleteAllCookies();
  }

  @AfterEach
  void clean() {
    SourcesFixture.clean(sources, runs, mongo);
  }

  private void signIn(String email) {
    ConsoleFixture.nextSignIn(PROVIDER, email, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
  }

  private void addFeed(String url) {
    browser.testId("add-ics").click();
    browser.waitForHeading("Ny kalenderstrøm");
    new Select(driver.findElement(By.id("body"))).selectByVisibleText(SourcesFixture.BODY_NAME);
    browser.replace("url", url);
    browser.testId("save").click();
    browser.waitForHeading("Kalendere og eInnsyn");
  }

  private void importNow(String url) {
    String id =
        sources.findByTenant(ConsoleFixture.SAMPLE).stream()
            .filter(s -> url.equals(s.url()))
            .findFirst()
            .orElseThrow()
            .id();
    driver.findElement(By.cssSelector("tr[data-source='" + id + "'] [data-testid=import]")).click();
    browser.waitForHeading("Kalendere og eInnsyn");
  }

  @Test
  void coordinatorAddsImportsEditsAndRemovesSources() throws IOException {
    signIn(ConsoleFixture.KARI_EMAIL);
    driver.get(browser.url("/console/sources"));
    browser.waitForHeading("Kalendere og eInnsyn");
    assertThat(browser.testId("sources").getText()).contains("Fra driftsoppsettet");
    browser.noViolations("sources");

    browser.testId("add-ics").click();
    browser.waitForHeading("Ny kalenderstrøm");
    browser.noViolations("new feed");
    browser.replace("url", "http://kalender.fjordvik.kommune.no/fsk.ics");
    browser.testId("save").click();
    browser.waitForHeading("Ny kalenderstrøm");
    assertThat(driver.findElement(By.id("url-error")).getText()).contains("https://");
    assertThat(driver.findElement(By.id("url")).getDomAttribute("aria-describedby"))
        .contains("url-error");
    assertThat(sources.findByTenant(ConsoleFixture.SAMPLE)).isEmpty();
    browser.noViolations("feed form with an error");
    browser.screenshot("kilde-feil.png");
    driver.findElement(By.linkText("Tilbake til kildene")).click();
    browser.waitForHeading("Kalendere og eInnsyn");

    String good = SourcesFixture.url("/fsk.ics");
    addFeed(good);
    assertThat(browser.testId("saved").getText()).contains("Kilden er lagret");
    importNow(good);
    assertThat(browser.testId("imported").getText())
        .contains("Hentet fra " + SourcesFixture.BODY_NAME, "2 nye møter");
    browser.noViolations("sources after import now");
    browser.screenshot("kilder.png");

    String gone = SourcesFixture.url("/gone.ics");
    addFeed(gone);
    importNow(gone);
    assertThat(browser.testId("imported").getText())
        .contains("Ingenting ble endret", "feilkode 404");
    browser.noViolations("sources after a failed import");
    browser.screenshot("kilder-feilet.png");

    browser.testId("add-einnsyn").click();
    browser.waitForHeading("Ny eInnsyn-kilde");
    browser.testId("save").click();
    browser.waitForHeading("Ny eInnsyn-kilde");
    assertThat(driver.findElement(By.id("unit-error")).getText())
        .isEqualTo("Fyll ut dette feltet.");
    browser.noViolations("eInnsyn form with an error");
    browser.replace("unit", "enhet_01hz3m6p8q2r4s6t8v0w2x4y6z");
    browser.replace("utvalg", "Formannskapet");
    browser.testId("save").click();
    browser.waitForHeading("Kalendere og eInnsyn");
    assertThat(browser.testId("sources").getText())
        .contains("Enhet enhet_01hz3m6p8q2r4s6t8v0w2x4y6z, utvalg «Formannskapet»");
    assertThat(sources.findByKind(ImportSource.Kind.EINNSYN))
        .anySatisfy(s -> assertThat(s.utvalg()).isEqualTo("Formannskapet"));

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    browser.waitForHeading("Kalendere og eInnsyn");
    browser.noViolations("sources at 390 px");
    browser.screenshot("kilder-390.png");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    String goneId =
        sources.findByTenant(ConsoleFixture.SAMPLE).stream()
            .filter(s -> gone.equals(s.url()))
            .findFirst()
            .orElseThrow()
            .id();
    driver
        .findElement(By.cssSelector("tr[data-source='" + goneId + "'] [data-testid=edit]"))
        .click();
    browser.waitForHeading("Endre kilden");
    browser.noViolations("edit a feed");
    browser.replace("url", SourcesFixture.url("/env.ics"));
    browser.testId("save").click();
    browser.waitForHeading("Kalendere og eInnsyn");
    assertThat(sources.findById(ConsoleFixture.SAMPLE, goneId).orElseThrow().url())
        .endsWith("/env.ics");

    driver
        .findElement(By.cssSelector("tr[data-source='" + goneId + "'] [data-testid=remove]"))
        .click();
    browser.waitForHeading("Kalendere og eInnsyn");
    assertThat(browser.testId("removed").getText()).contains("Kilden er fjernet");
    assertThat(sources.findById(ConsoleFixture.SAMPLE, goneId)).isEmpty();
    browser.noViolations("sources after a removal");

    driver.findElement(By.linkText("Oversikt")).click();
    browser.waitForHeading("Oversikt");
    assertThat(driver.findElements(By.cssSelector("[data-testid=import-problems]"))).isEmpty();
  }

  @Test
  void anImportAlreadyRunningAndARepeatedFeedAreShownAsSuch() throws IOException {
    String configured = "config-ics-" + SourcesFixture.ENV_BODY.value();
    String key = ConsoleFixture.SAMPLE.value() + "|ics:" + SourcesFixture.ENV_BODY.value();
    // Another instance (or the poll) is importing the configured feed right now.
    ImportRuns.RunClaim other =
        new ImportRuns.RunClaim(
            "browser-sources-other", key, java.time.Instant.now().plusSeconds(600));
    assertThat(runs.insertClaim(ConsoleFixture.SAMPLE, other)).isTrue();
    signIn(ConsoleFixture.KARI_EMAIL);
    try {
      driver.get(browser.url("/console/sources"));
      browser.waitForHeading("Kalendere og eInnsyn");
      driver
          .findElement(By.cssSelector("tr[data-source='" + configured + "'] [data-testid=import]"))
          .click();
      browser.waitForHeading("Kalendere og eInnsyn");
      assertThat(driver.findElement(By.tagName("main")).getText()).contains("pågår allerede");
      browser.noViolations("sources with an import already running");
      browser.screenshot("kilde-pagar.png");
    } finally {
      runs.removeClaim(other.id());
    }

    // As stored before repeats were refused: the configured feed again, its host in capitals.
    sources.save(
        new ImportSource(
            "browser-sources-repeat",
            ConsoleFixture.SAMPLE,
            ImportSource.Kind.ICS,
            SourcesFixture.ENV_BODY,
            SourcesFixture.url("/env.ics").replace("localhost", "LOCALHOST"),
            null,
            null,
            false));
    driver.get(browser.url("/console/sources"));
    browser.waitForHeading("Kalendere og eInnsyn");
    assertThat(browser.testId("sources").getText())
        .contains("Samme kilde som den fra driftsoppsettet for dette organet");
    browser.noViolations("sources with a repeated feed");
    browser.screenshot("kilde-gjentatt.png");
  }

  @Test
  void overviewLinksToAFailedImportAndAnotherMunicipalitySeesNoneOfIt() {
    signIn(ConsoleFixture.KARI_EMAIL);
    driver.get(browser.url("/console/sources"));
    browser.waitForHeading("Kalendere og eInnsyn");
    String gone = SourcesFixture.url("/gone.ics");
    addFeed(gone);
    importNow(gone);
    driver.findElement(By.linkText("Oversikt")).click();
    browser.waitForHeading("Oversikt");
    browser.testId("import-problems").findElement(By.tagName("a")).click();
    browser.waitForHeading("Kalendere og eInnsyn");
    String id = sources.findByTenant(ConsoleFixture.SAMPLE).stream().findFirst().orElseThrow().id();

    driver.findElement(By.cssSelector(".who button")).click();
    browser.waitForHeading("Logg inn");
    signIn(ConsoleFixture.BERIT_EMAIL);
    driver.get(browser.url("/console/sources"));
    browser.waitForHeading("Kalendere og eInnsyn");
    assertThat(driver.getPageSource()).doesNotContain(id, "gone.ics", "Fra driftsoppsettet");
    browser.noViolations("sources with none");
    driver.get(browser.url("/console/sources/" + id));
    browser.waitForHeading("Fant ikke siden");
  }
}
