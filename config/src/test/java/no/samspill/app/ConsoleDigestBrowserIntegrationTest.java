package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.publishing.PostWeeklyDigest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A coordinator previews the weekly digest, posts it (a second tab's click is told it is already
 * out), finds it in the archive with its chart and the post in the log, in a real Chromium signed
 * in through OpenID Connect; another municipality's coordinator sees none of it. axe-core checks
 * every state of both pages.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"samspill.mongodb.embedded-file=memory", "samspill.scheduling.enabled=false"})
class ConsoleDigestBrowserIntegrationTest {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static final WireMockServer SLACK = ConsoleDigestFixture.startSlack();
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @LocalServerPort int port;
  @Autowired DigestPosts posts;
  @Autowired PostWeeklyDigest postWeeklyDigest;
  @Autowired ApplicationContext app;
  private ConsoleBrowser browser;
  private ConsoleDigestFixture fixture;

  @DynamicPropertySource
  static void outside(DynamicPropertyRegistry registry) {
    ConsoleDigestFixture.register(registry, PROVIDER, SLACK);
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
    SLACK.stop();
  }

  @BeforeEach
  void signedOut() {
    browser = new ConsoleBrowser(driver, port);
    fixture = new ConsoleDigestFixture(app);
    SLACK.resetRequests();
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(browser.url("/console/sign-in"));
    driver.manage().deleteAllCookies();
  }

  @AfterEach
  void erase() {
    fixture.eraseAll();
  }

  @Test
  void coordinatorPreviewsPostsOnceAndFindsTheDigestInTheArchiveAndThePostInTheLog()
      throws IOException {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    signIn(dalsvik);

    driver.findElement(By.linkText("Ukesammendrag")).click();
    browser.waitForHeading("Ukesammendrag");
    assertThat(browser.testId("where").getText()).contains("Slack: #ledere-dalsvik");
    assertThat(browser.testId("preview").getText())
        .contains(dalsvik.lessons().get(0))
        .doesNotContain(ConsoleDigestFixture.PRIVATE_TEXT);
    assertThat(
            driver.findElement(By.cssSelector("[data-testid=preview] img")).getDomAttribute("alt"))
        .startsWith("Stolpediagram");
    browser.noViolations("digest preview");
    browser.screenshot("ukesammendrag.png");

    // A second tab holds the form as it was, as a second click or a colleague's would.
    String first = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    driver.get(browser.url("/console/digest"));
    browser.waitForHeading("Ukesammendrag");
    String second = driver.getWindowHandle();
    driver.switchTo().window(first);
    browser.testId("post-now").click();
    browser.waitForHeading("Ukesammendrag");
    assertThat(browser.testId("posted-notice").getText()).startsWith("Ukesammendraget er lagt ut.");
    assertThat(ConsoleDigestFixture.posts(SLACK)).isEqualTo(1);
    // axe-core juggles windows itself: it runs with one tab open only.
    driver.close();
    driver.switchTo().window(second);
    browser.testId("post-now").click();
    browser.waitForHeading("Ukesammendrag");
    assertThat(browser.testId("refused").getText()).contains("allerede lagt ut");
    assertThat(ConsoleDigestFixture.posts(SLACK)).isEqualTo(1);
    browser.noViolations("digest posted again");
    browser.screenshot("ukesammendrag-allerede-lagt-ut.png");
    driver.get(browser.url("/console/digest?posted"));
    browser.waitForHeading("Ukesammendrag");
    browser.noViolations("digest posted");

    String title = posts.archive(dalsvik.tenant(), 1).get(0).title();
    driver.findElement(By.linkText(title)).click();
    browser.waitForHeading(title);
    assertThat(browser.testId("archived").getText()).contains(dalsvik.lessons().get(1));
    WebElement chart = driver.findElement(By.cssSelector("[data-testid=archived] img"));
    assertThat(chart.getDomAttribute("alt")).startsWith("Stolpediagram");
    assertThat(chart.getDomProperty("naturalWidth")).isNotEqualTo("0");
    browser.noViolations("archived digest");
    browser.screenshot("ukesammendrag-arkiv.png");

    driver.findElement(By.linkText("Logg")).click();
    browser.waitForHeading("Logg");
    assertThat(browser.testId("log").getText())
        .contains("Endring av oppsettet", "Dagny Dahl (koordinator)", "POST /console/digest/post");
    browser.noViolations("log");
    browser.screenshot("logg.png");
    browser.replace("from", "i går");
    browser.testId("filter").click();
    browser.waitForHeading("Logg");
    assertThat(driver.findElement(By.id("from-error")).getText())
        .isEqualTo("Skriv en dato som 2026-12-01.");
    browser.noViolations("log with an error");

    driver.manage().window().setSize(new Dimension(390, 844));
    for (String[] page :
        new String[][] {
          {"/console/digest", "Ukesammendrag", "ukesammendrag-390.png"},
          {"/console/log", "Logg", "logg-390.png"}
        }) {
      driver.get(browser.url(page[0]));
      browser.waitForHeading(page[1]);
      assertThat(driver.executeScript("return document.documentElement.scrollWidth <= innerWidth"))
          .as("no sideways scrolling on %s at 390 px", page[0])
          .isEqualTo(true);
      browser.noViolations(page[0] + " at 390 px");
      browser.screenshot(page[2]);
    }
  }

  @Test
  void anotherMunicipalitysCoordinatorSeesNoneOfItAndGets404OnTheArchivedDigest()
      throws IOException {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    assertThat(postWeeklyDigest.postNow(dalsvik.tenant())).isTrue();
    String week = posts.archive(dalsvik.tenant(), 1).get(0).week();
    ConsoleDigestFixture.Municipality other = fixture.create("Nordvik", false);
    signIn(other);

    driver.get(browser.url("/console/digest"));
    browser.waitForHeading("Ukesammendrag");
    assertThat(browser.testId("no-channel").getText()).contains("«sammendrag her»");
    assertThat(driver.getPageSource())
        .doesNotContain(dalsvik.lessons().get(0))
        .contains(other.lessons().get(0));
    browser.noViolations("digest without a channel");
    browser.screenshot("ukesammendrag-uten-kanal.png");

    driver.get(browser.url("/console/digest/archive/" + week));
    browser.waitForHeading("Fant ikke siden");
    assertThat(driver.getPageSource()).doesNotContain(dalsvik.lessons().get(0));
    driver.get(browser.url("/console/log"));
    browser.waitForHeading("Logg");
    assertThat(driver.findElements(By.cssSelector("[data-testid=log]"))).isEmpty();
    assertThat(browser.testId("no-entries").getText())
        .isEqualTo("Ingen hendelser passer med filteret.");
  }

  private void signIn(ConsoleDigestFixture.Municipality m) {
    ConsoleFixture.nextSignIn(PROVIDER, m.email(), true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
  }
}
