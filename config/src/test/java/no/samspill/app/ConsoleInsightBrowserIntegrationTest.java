package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.Tenants;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * A coordinator of a municipality of the test's own opens Innsikt in headless Chromium, signed in
 * through the OpenID Connect flow: twelve weeks of reflections, some weeks with fewer leaders than
 * the threshold behind them; axe-core checks the page at full width and at 390 px.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.scheduling.enabled=false"
    })
class ConsoleInsightBrowserIntegrationTest {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static final String APPROACH = "collaborating";
  private static final String PRIVATE_NOTE = "Privat notat om møtet med ordføreren";
  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired Reflections reflections;
  @Autowired SchedulePolicies policies;
  @Autowired TenantErasure erasure;
  private ConsoleBrowser browser;
  private InsightFixture town;
  private List<DigestWeek> weeks;

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

  /** Week i of the twelve has (i % 4) + 1 leaders sharing: a hidden week, then shown ones. */
  @BeforeEach
  void twelveWeeksOfATown() {
    ConsoleFixture.addPeople(tenants, leaders);
    town =
        new InsightFixture("Innsiktvik", tenants, leaders, reflections, policies, erasure)
            .withLeaders(5)
            .withThreshold(3);
    DigestWeek week = DigestWeek.containing(Instant.now(), SampleData.OSLO_ZONE);
    weeks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      weeks.add(0, week);
      week = week.previous(SampleData.OSLO_ZONE);
    }
    for (int i = 0; i < weeks.size() - 1; i++) {
      Instant tuesday = weeks.get(i).start().plus(Duration.ofHours(34));
      for (int n = 0; n <= i % 4; n++) {
        LeaderId leader = town.leaders.get(n);
        town.beforeMeeting(leader, tuesday, APPROACH);
        town.afterMeeting(leader, tuesday.plusSeconds(3600), ShareChoice.ANONYMOUS, 3 + n % 3, "–");
        town.followUp(leader, tuesday.plusSeconds(7200), n % 2 == 0 ? "yes" : "partly");
      }
      // One leader always keeps a reflection to themself: counted as taking part, nothing more.
      town.complete(
          town.leaders.get(4),
          Phase.AD_HOC,
          tuesday,
          ShareChoice.PRIVATE,
          Answer.text("adhoc.lesson", "LESSON", PRIVATE_NOTE, tuesday));
    }
    browser = new ConsoleBrowser(driver, port);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(browser.url("/console/sign-in"));
    driver.manage().deleteAllCookies();
  }

  @AfterEach
  void eraseTheTown() {
    town.erase();
  }

  @Test
  void coordinatorSeesTheTownsWeeksWithTheSmallOnesHidden() throws IOException {
    ConsoleFixture.nextSignIn(PROVIDER, town.coordinatorEmail, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
    driver.findElement(By.linkText("Innsikt")).click();
    browser.waitForHeading("Innsikt");

    // Weeks 0, 4, 8 had one sharing leader (hidden); weeks 2, 6 had three (shown).
    assertThat(cells("trust", 0)).containsExactly("færre enn 3 ledere", "færre enn 3 ledere");
    assertThat(cells("trust", 2)).containsExactly("3", "4,0");
    assertThat(cells("lessons", 2))
        .containsExactly("3", "færre enn 3 ledere", "færre enn 3 ledere", "færre enn 3 ledere");
    assertThat(cells("lessons", 3))
        .containsExactly("4", "færre enn 3 ledere", "færre enn 3 ledere", "færre enn 3 ledere");
    assertThat(cells("participation", 2)).containsExactly("4", "10", "10");
    assertThat(driver.findElements(By.cssSelector("[data-testid=trust] tbody tr:nth-child(3) svg")))
        .hasSize(1);
    assertThat(driver.findElements(By.cssSelector("[data-testid=trust] tbody tr:nth-child(1) svg")))
        .isEmpty();
    assertThat(driver.getPageSource()).doesNotContain("Leder 1", "Leder 5", PRIVATE_NOTE);
    browser.noViolations("insight");
    // Tall enough for every chart in one picture.
    driver.manage().window().setSize(new Dimension(1280, 4000));
    browser.screenshot("innsikt.png");

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    browser.waitForHeading("Innsikt");
    browser.noViolations("insight at 390 px");
    browser.screenshot("innsikt-390.png");
  }

  @Test
  void anotherTownsCoordinatorSeesOnlyTheirOwn() {
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.BERIT_EMAIL, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
    driver.get(browser.url("/console/insight"));
    browser.waitForHeading("Innsikt");
    for (int row = 0; row < weeks.size(); row++) {
      assertThat(cells("trust", row)).containsOnly("færre enn 3 ledere");
      assertThat(cells("participation", row)).containsOnly("færre enn 3 ledere");
    }
  }

  /** The cells of a chart's row (0: the oldest week), as they read. */
  private List<String> cells(String chart, int row) {
    return driver
        .findElements(
            By.cssSelector("[data-testid=" + chart + "] tbody tr:nth-child(" + (row + 1) + ") td"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
