package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.retention.RetentionPolicy;
import no.samspill.core.schedule.ChangeSchedulePolicy;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A coordinator uses the console in a real (headless) Chromium: signed in through a real OpenID
 * Connect authorisation-code flow against an in-process provider, or through the demo sign-in;
 * axe-core checks every page. The sample municipality's settings are put back after each test.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.console.demo-sign-in=true",
      "samspill.web.demo=true",
      "samspill.scheduling.enabled=false"
    })
class ConsoleBrowserIntegrationTest extends ConsoleBrowserTest {

  private ConsoleBrowser browser;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired SchedulePolicies policies;
  @Autowired ChangeSchedulePolicy changePolicy;
  @Autowired RetentionPolicies retention;
  private SchedulePolicy policyBefore;
  private RetentionPolicy retentionBefore;
  @Autowired LeaderActivity activity;
  @Autowired HandleMessage chat;

  @BeforeEach
  void signedOut() {
    policyBefore = policies.of(ConsoleFixture.SAMPLE);
    retentionBefore = retention.of(ConsoleFixture.SAMPLE);
    browser = new ConsoleBrowser(driver, port);
    ConsoleFixture.addPeople(tenants, leaders);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(browser.url("/console/sign-in"));
    driver.manage().deleteAllCookies();
  }

  /** The sample municipality's settings as they were: other classes may share its database. */
  @AfterEach
  void settingsAsTheyWere() {
    changePolicy.change(policyBefore);
    retention.save(retentionBefore);
  }

  @Test
  void coordinatorSignsInWithTheProviderAndUsesEveryPage() throws IOException {
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.KARI_EMAIL, true);
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

    // Per writes in the chat today; Ola was last active yesterday, Ingrid twelve days ago.
    chat.handle(
        IncomingMessage.text(
            ChatUser.of(new ChatIdentity("web", ConsoleFixture.SAMPLE.value(), "sample-per")),
            "hjelp"));
    activity.record(ConsoleFixture.SAMPLE, new LeaderId("sample-ola"), LeadersFixture.noon(1));
    activity.record(ConsoleFixture.SAMPLE, new LeaderId("sample-ingrid"), LeadersFixture.noon(12));
    driver.findElement(By.linkText("Ledere")).click();
    browser.waitForHeading("Ledere");
    assertThat(leaderNames()).contains("Kari Nordmann", "Ola Hauge", "Ingrid Berg", "Per Olsen");
    assertThat(leaderNames()).doesNotContain("Berit Lie");
    assertThat(column("last-active", "Per Olsen")).isEqualTo("I dag");
    assertThat(column("last-active", "Ola Hauge")).isEqualTo("I går");
    assertThat(column("last-active", "Ingrid Berg")).matches("\\d{1,2}\\. \\p{L}+\\.? \\d{4}");
    assertThat(column("reach", "Per Olsen")).isEqualTo("Nettchatten (demo)");
    browser.noViolations("leaders");
    browser.screenshot("ledere.png");
    driver.findElement(By.cssSelector("[data-testid=invitation] summary")).click();
    WebElement invitation = browser.testId("invitation-text");
    assertThat(invitation.getDomProperty("value"))
        .startsWith("Hei!\n\nFjordvik kommune tar i bruk Samspill")
        .contains("Skriv «hjelp» til Samspill");
    assertThat(invitation.getDomAttribute("readonly")).isNotNull();
    browser.noViolations("leaders with the invitation open");
    browser.screenshot("ledere-invitasjon.png");
    driver.findElement(By.id("q")).sendKeys("hauge\n");
    browser.waitForHeading("Ledere");
    assertThat(leaderNames()).containsExactly("Ola Hauge");

    browser.testId("add-leader").click();
    browser.waitForHeading("Ny leder");
    driver.findElement(By.id("name")).sendKeys("Siri Dahl");
    new Select(driver.findElement(By.id("language"))).selectByValue("nn");
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
    // Just added: the invitation is open, in Siri's nynorsk, to copy by keyboard.
    assertThat(browser.testId("invitation").getDomProperty("open")).isEqualTo("true");
    assertThat(browser.testId("invitation-text").getDomProperty("value"))
        .startsWith("Hei!\n\nFjordvik kommune tek i bruk Samspill");
    assertThat(browser.testId("invitation-text").getDomAttribute("lang")).isEqualTo("nn");
    assertThat(browser.testId("reach").getText()).startsWith("Har ikke skrevet til Samspill");
    driver.findElement(By.cssSelector("label[for=body-sample-ks]")).click();
    browser.testId("save").click();
    browser.waitForHeading("Endre Siri Dahl");
    assertThat(driver.findElement(By.id("body-sample-ks")).isSelected()).isTrue();
    browser.noViolations("leader form");
    browser.screenshot("leder.png");

    // Oversikt names Siri among the leaders Samspill cannot reach, with a link to her.
    driver.findElement(By.linkText("Oversikt")).click();
    browser.waitForHeading("Oversikt");
    assertThat(browser.testId("unreachable").getText())
        .contains("Siri Dahl")
        .contains("Har ikke skrevet til Samspill ennå");
    browser.noViolations("overview with a leader Samspill cannot reach");
    // Tall enough for the whole page, down to the leaders Samspill cannot reach.
    driver.manage().window().setSize(new Dimension(1280, 1500));
    browser.screenshot("oversikt.png");
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.findElement(By.cssSelector("[data-testid=unreachable] a")).sendKeys(Keys.ENTER);
    browser.waitForHeading("Endre Siri Dahl");

    driver.findElement(By.linkText("Innstillinger")).click();
    browser.waitForHeading("Innstillinger");
    assertThat(driver.findElements(By.cssSelector("[data-testid=saved]"))).isEmpty();
    assertThat(browser.testId("retention").getText())
        .contains("Hvor lenge Samspill tar vare på data", "Refleksjoner, måneder")
        .contains("slettes, sammen med samtalen den hører til");
    browser.noViolations("settings");
    browser.wholePageScreenshot("innstillinger.png");
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
    changesTheRetentionPeriods();

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.navigate().refresh();
    browser.waitForHeading("Innstillinger");
    assertThat(driver.executeScript("return document.documentElement.scrollWidth <= innerWidth"))
        .as("no sideways scrolling on Innstillinger at 390 px")
        .isEqualTo(true);
    browser.noViolations("settings at 390 px");
    driver.executeScript("arguments[0].scrollIntoView()", browser.testId("retention"));
    browser.screenshot("innstillinger-390.png");
    driver.findElement(By.linkText("Oversikt")).click();
    browser.waitForHeading("Oversikt");
    browser.noViolations("overview at 390 px");
    browser.screenshot("oversikt-390.png");
    driver.findElement(By.linkText("Ledere")).click();
    browser.waitForHeading("Ledere");
    driver.findElement(By.cssSelector("[data-testid=invitation] summary")).click();
    browser.noViolations("leaders at 390 px");
    browser.screenshot("ledere-390.png");

    driver.findElement(By.cssSelector(".who button")).click();
    browser.waitForHeading("Logg inn");
    assertThat(driver.getPageSource()).contains("Du er logget ut.");
    driver.get(browser.url("/console/leaders"));
    assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
  }

  /** A log kept under a year is refused beside its field and nothing is saved; then it is. */
  private void changesTheRetentionPeriods() {
    browser.replace("reflectionMonths", "12");
    browser.replace("auditMonths", "6");
    browser.testId("save").click();
    browser.waitForHeading("Innstillinger");
    assertThat(driver.findElement(By.id("auditMonths-error")).getText())
        .startsWith("Skriv et antall måneder fra 12 til 240.");
    assertThat(driver.findElement(By.id("auditMonths")).getDomAttribute("aria-describedby"))
        .isEqualTo("auditMonths-hint auditMonths-error");
    assertThat(retention.of(ConsoleFixture.SAMPLE)).isEqualTo(retentionBefore);
    browser.noViolations("settings with a refused retention period");
    browser.replace("auditMonths", "36");
    browser.testId("save").click();
    browser.waitForHeading("Innstillinger");
    assertThat(browser.testId("saved").getText()).contains("lagret");
    assertThat(retention.of(ConsoleFixture.SAMPLE).reflectionMonths()).isEqualTo(12);
    assertThat(retention.of(ConsoleFixture.SAMPLE).auditMonths()).isEqualTo(36);
    assertThat(driver.findElement(By.id("auditMonths")).getDomProperty("value")).isEqualTo("36");
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
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.PER_EMAIL, true);
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
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.KARI_EMAIL, false);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Konsollen er for koordinatorer");
  }

  @Test
  void anotherTenantsCoordinatorSeesOnlyTheirOwn() {
    ConsoleFixture.nextSignIn(PROVIDER, ConsoleFixture.BERIT_EMAIL, true);
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

  /** The text of a leader's cell marked {@code testId} in the list of leaders. */
  private String column(String testId, String leader) {
    return driver
        .findElement(
            By.xpath(
                "//table[@data-testid='leaders']//tr[td[1]//a[text()='"
                    + leader
                    + "']]/td[@data-testid='"
                    + testId
                    + "']"))
        .getText();
  }

  private List<String> leaderNames() {
    return driver
        .findElements(By.cssSelector("[data-testid=leaders] tbody td:first-child"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
