package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.NudgeStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A coordinator deletes in a real (headless) Chromium, signed in through the OpenID Connect flow: a
 * meeting from its confirmation page, a meeting and a body that must stay (a leader reflected on
 * the meeting) are refused with the reason, and a body with a meeting and a follower is deleted
 * after its confirmation page said so; axe-core checks every state, at 390 px too. It all happens
 * in the second municipality, on this test's own bodies; the sample's coordinator gets a 404.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.scheduling.enabled=false"
    })
class ConsoleDeletesBrowserIntegrationTest {

  @RegisterExtension static final ConsoleBrowserRun RUN = new ConsoleBrowserRun();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
          .withLocale(Locale.forLanguageTag("nb"))
          .withZone(DeletesFixture.OSLO);

  @LocalServerPort int port;
  @Autowired ApplicationContext app;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;

  private ChromeDriver driver;
  private ConsoleBrowser browser;
  private DeletesFixture havnes;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    RUN.properties(registry);
  }

  @BeforeEach
  void signedOut() {
    ConsoleFixture.addPeople(tenants, leaders);
    havnes = new DeletesFixture(app, ConsoleFixture.HAVNES);
    driver = RUN.driver();
    browser = ConsoleBrowser.signedOut(driver, port);
  }

  @AfterEach
  void removeWhatWeMade() {
    havnes.close();
  }

  @Test
  void coordinatorDeletesAMeetingAndABodyAndIsToldWhyAnotherMeetingAndBodyStay()
      throws IOException {
    PoliticalBody old = havnes.body("Gamle havneutvalget");
    Meeting reflected = havnes.meeting(old, 3);
    Meeting mistake = havnes.meeting(old, 5);
    havnes.caseIn("Ny kai i Havnes", mistake);
    havnes.reflectOn(reflected);
    PoliticalBody wrong = havnes.body("Feilregistrert utvalg");
    Meeting only = havnes.meeting(wrong, 4);
    havnes.follow(wrong);
    signIn(ConsoleFixture.BERIT_EMAIL);

    driver.get(browser.url("/console/bodies/" + old.id().value()));
    browser.waitForHeading(old.name());
    driver.findElement(By.partialLinkText(DAY.format(mistake.start()))).click();
    String meetingHeading = old.name() + ": møtet " + DAY.format(mistake.start());
    browser.waitForHeading(meetingHeading);
    browser.noViolations("meeting with its delete link");
    browser.testId("delete-meeting").click();
    browser.waitForHeading("Slette møtet " + DAY.format(mistake.start()) + "?");
    assertThat(planned(mistake)).isEqualTo(2);
    assertThat(browser.testId("impact").getText())
        .contains("2 planlagte påminnelser til møtet trekkes tilbake, og sakslisten slettes")
        .contains("Møtet tas ut av 1 sak: Ny kai i Havnes. Saken blir stående.");
    browser.noViolations("a meeting's confirmation");
    browser.screenshot("slett-mote.png");
    // By keyboard: the confirm button takes Enter like any other.
    browser.testId("confirm-delete").sendKeys(Keys.ENTER);
    browser.waitForHeading(old.name());
    assertThat(browser.testId("deleted").getText())
        .isEqualTo("Møtet er slettet, og påminnelsene til det er trukket tilbake.");
    assertThat(meetings.findById(havnes.tenant, mistake.id())).isEmpty();
    browser.noViolations("body after a deletion");

    driver.findElement(By.partialLinkText(DAY.format(reflected.start()))).click();
    browser.waitForHeading(old.name() + ": møtet " + DAY.format(reflected.start()));
    browser.testId("delete-meeting").click();
    browser.waitForHeading("Slette møtet " + DAY.format(reflected.start()) + "?");
    assertThat(browser.testId("refused").getText())
        .contains("1 refleksjon er knyttet til møtet, så det blir stående")
        .contains("Avlys møtet i stedet");
    assertThat(driver.findElements(By.cssSelector("[data-testid=confirm-delete]"))).isEmpty();
    checked("a meeting that must stay", "slett-mote-nektet");

    driver.get(browser.url("/console/bodies/" + old.id().value()));
    browser.waitForHeading(old.name());
    browser.testId("delete-body").click();
    browser.waitForHeading("Slette " + old.name() + "?");
    assertThat(browser.testId("refused").getText())
        .contains("1 refleksjon er knyttet til møtene i organet, så organet blir stående");
    browser.noViolations("a body that must stay");
    browser.testId("keep").click();
    browser.waitForHeading(old.name());

    driver.get(browser.url("/console/bodies/" + wrong.id().value()));
    browser.waitForHeading(wrong.name());
    browser.testId("delete-body").click();
    browser.waitForHeading("Slette " + wrong.name() + "?");
    assertThat(planned(only)).isEqualTo(1);
    assertThat(browser.testId("impact").getText())
        .contains("Organets ene møte slettes.")
        .contains("1 planlagt påminnelse til møtet trekkes tilbake.")
        .contains("1 leder følger organet og slutter å følge det.");
    checked("a body's confirmation", "slett-organ");
    browser.testId("confirm-delete").click();
    browser.waitForHeading("Organer og møter");
    assertThat(browser.testId("deleted").getText()).isEqualTo("Organet er slettet.");
    assertThat(driver.getPageSource()).doesNotContain(wrong.name());
    assertThat(bodies.findById(havnes.tenant, wrong.id())).isEmpty();
    assertThat(meetings.findByBody(havnes.tenant, wrong.id(), Instant.EPOCH, 5)).isEmpty();
    assertThat(meetings.findById(havnes.tenant, only.id())).isEmpty();
    browser.noViolations("bodies after a deletion");
    browser.screenshot("organ-slettet.png");

    driver.findElement(By.cssSelector(".who button")).click();
    browser.waitForHeading("Logg inn");
    signIn(ConsoleFixture.KARI_EMAIL);
    driver.get(browser.url("/console/bodies/" + old.id().value() + "/delete"));
    browser.waitForHeading("Fant ikke siden");
    assertThat(driver.getPageSource()).doesNotContain(old.name());
  }

  /** axe-core on the page as it is, on the desktop and at 390 px, with a screenshot of each. */
  private void checked(String page, String screenshot) throws IOException {
    browser.noViolations(page);
    browser.screenshot(screenshot + ".png");
    String heading = driver.findElement(By.tagName("h1")).getText();
    driver.manage().window().setSize(new Dimension(390, 844));
    // Loaded anew at the narrow width, as the other browser tests do: axe-core opens a tab of its
    // own, which a renderer still busy with the resize can fail to answer on a loaded machine.
    driver.navigate().refresh();
    browser.waitForHeading(heading);
    browser.noViolations(page + " at 390 px");
    browser.screenshot(screenshot + "-390.png");
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  /** The nudges still planned about the meeting, as bot-core counts them for the page. */
  private long planned(Meeting meeting) {
    return havnes.nudgesAbout(meeting.id()).stream()
        .filter(n -> n.status() == NudgeStatus.PLANNED)
        .count();
  }

  private void signIn(String email) {
    ConsoleFixture.nextSignIn(RUN.provider(), email, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
  }
}
