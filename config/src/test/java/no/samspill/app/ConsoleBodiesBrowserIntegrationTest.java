package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.ChangeFollows;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.Nudges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A coordinator sets up a body in a real (headless) Chromium, signed in through the OpenID Connect
 * flow: adds it, uploads its .ics and reads the report, links an agenda item to a case, moves one
 * meeting and cancels another; axe-core checks every state. It all happens in the second
 * municipality, so the sample's bodies and meetings are never touched; the sample's coordinator
 * sees none of it.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.scheduling.enabled=false"
    })
class ConsoleBodiesBrowserIntegrationTest {

  @RegisterExtension static final ConsoleBrowserRun RUN = new ConsoleBrowserRun();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.forLanguageTag("nb"));
  private ChromeDriver driver;

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired Meetings meetings;
  @Autowired Cases cases;
  @Autowired ChangeFollows changeFollows;
  @Autowired Follows follows;
  @Autowired Nudges nudges;

  private ConsoleBrowser browser;
  private final String name = "Havneutvalget " + UUID.randomUUID().toString().substring(0, 6);

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

  @AfterEach
  void berittFollowsNothingAgain() {
    follows.delete(ConsoleFixture.HAVNES, ConsoleFixture.BERIT);
    nudges.deleteByLeader(ConsoleFixture.BERIT);
  }

  @Test
  void coordinatorAddsABodyImportsItsCalendarMovesOneMeetingAndCancelsAnother() throws IOException {
    PoliticalCase harbour = aCaseOfBerit();
    signIn(ConsoleFixture.BERIT_EMAIL);
    driver.findElement(By.linkText("Organer og møter")).click();
    browser.waitForHeading("Organer og møter");
    assertThat(browser.testId("sources").getDomAttribute("href")).isEqualTo("/console/sources");
    browser.noViolations("bodies");

    browser.testId("add-body").click();
    browser.waitForHeading("Nytt organ");
    browser.testId("save-body").click();
    browser.waitForHeading("Nytt organ");
    assertThat(driver.findElement(By.id("name-error")).getText())
        .isEqualTo("Fyll ut feltet, med høyst 200 tegn.");
    browser.noViolations("new body with an error");
    driver.findElement(By.id("name")).sendKeys(name);
    new Select(driver.findElement(By.id("kind"))).selectByValue("UTVALG");
    browser.testId("save-body").click();
    browser.waitForHeading(name);
    assertThat(browser.testId("saved").getText()).isEqualTo("Organet er lagret.");
    String bodyPath = driver.getCurrentUrl().replaceFirst("^http://[^/]+", "").split("\\?")[0];
    BodyId body = new BodyId(bodyPath.substring(bodyPath.lastIndexOf('/') + 1));
    assertThat(browser.testId("no-coming").getText()).isEqualTo("Ingen møter er planlagt.");
    // Berit follows the body, so each of its meetings gets her a meeting-ended nudge.
    changeFollows.change(ConsoleFixture.HAVNES, ConsoleFixture.BERIT, List.of(body), true);

    browser.testId("upload").click();
    browser.waitForHeading("Last opp kalender for " + name);
    browser.noViolations("upload");
    browser.testId("import").click();
    browser.waitForHeading("Last opp kalender for " + name);
    assertThat(driver.findElement(By.id("file-error")).getText())
        .isEqualTo("Velg en .ics-fil først.");
    browser.noViolations("upload with an error");
    driver.findElement(By.id("file")).sendKeys(ConsoleCalendarFile.written().toString());
    browser.testId("import").click();
    browser.waitForHeading("Last opp kalender for " + name);
    assertThat(browser.testId("created").getText()).isEqualTo("2 møter lagt til");
    assertThat(browser.testId("problems").getText())
        .isEqualTo(
            "Linje "
                + ConsoleCalendarFile.OPEN_ENDED_LINE
                + ": Hendelsen mangler sluttid (DTEND eller DURATION).");
    browser.noViolations("import report");
    browser.screenshot("kalenderimport.png");

    driver.findElement(By.linkText("Tilbake til " + name)).click();
    browser.waitForHeading(name);
    assertThat(comingMeetings())
        .containsExactly(
            DAY.format(ConsoleCalendarFile.first()) + ", 18:00–20:00 – Møte i utvalget",
            DAY.format(ConsoleCalendarFile.second()) + ", 17:00–19:00 – Budsjettmøte");
    browser.noViolations("body");
    browser.screenshot("organ.png");

    LocalDate first = ConsoleCalendarFile.first();
    driver.findElement(By.partialLinkText(DAY.format(first))).click();
    browser.waitForHeading(name + ": møtet " + DAY.format(first));
    browser.noViolations("meeting");
    browser.replace("date", "22.12");
    browser.testId("save-meeting").click();
    browser.waitForHeading(name + ": møtet " + DAY.format(first));
    assertThat(driver.findElement(By.id("date-error")).getText())
        .isEqualTo("Skriv en dato som 2026-12-24.");
    assertThat(meetingOn(body, first).start()).isEqualTo(oslo(first, 18));
    browser.noViolations("meeting with an error");

    LocalDate moved = first.plusDays(1);
    browser.replace("date", moved.toString());
    browser.replace("start", "1630");
    browser.replace("end", "1830");
    driver.findElement(By.id("agenda-0-number")).sendKeys("12/26");
    driver.findElement(By.id("agenda-0-title")).sendKeys("Ny kai i Havnes");
    new Select(driver.findElement(By.id("agenda-0-caseId"))).selectByValue(harbour.id().value());
    browser.testId("save-meeting").click();
    browser.waitForHeading(name + ": møtet " + DAY.format(moved));
    assertThat(browser.testId("saved").getText())
        .isEqualTo("Møtet er lagret, og påminnelsene er planlagt på nytt.");
    Meeting movedMeeting = meetingOn(body, moved);
    assertThat(movedMeeting.start()).isEqualTo(oslo(moved, 16).plusSeconds(30 * 60));
    assertThat(movedMeeting.agenda())
        .singleElement()
        .satisfies(item -> assertThat(item.caseId()).isEqualTo(harbour.id()));
    assertThat(bertisNudgesFor(movedMeeting))
        .singleElement()
        .satisfies(n -> assertThat(n.dueAt()).isAfterOrEqualTo(movedMeeting.end()));
    assertThat(new Select(driver.findElement(By.id("agenda-0-caseId"))).getFirstSelectedOption())
        .extracting(WebElement::getText)
        .isEqualTo("Ny kai (HAV-1)");
    browser.noViolations("meeting with an agenda");
    browser.screenshot("mote.png");

    driver.findElement(By.linkText("Tilbake til " + name)).click();
    browser.waitForHeading(name);
    LocalDate second = ConsoleCalendarFile.second();
    driver.findElement(By.partialLinkText(DAY.format(second))).click();
    browser.waitForHeading(name + ": møtet " + DAY.format(second));
    Meeting budget = meetingOn(body, second);
    assertThat(bertisNudgesFor(budget)).hasSize(1);
    browser.testId("cancel-meeting").click();
    browser.waitForHeading(name);
    assertThat(browser.testId("cancelled").getText())
        .isEqualTo("Møtet er avlyst, og påminnelsene til det er stoppet.");
    assertThat(comingMeetings())
        .containsExactly(
            DAY.format(moved) + ", 16:30–18:30 – Møte i utvalget",
            DAY.format(second) + ", 17:00–19:00 – Budsjettmøte (avlyst)");
    assertThat(bertisNudgesFor(budget)).isEmpty();
    browser.noViolations("body after a cancellation");

    driver.manage().window().setSize(new Dimension(390, 844));
    driver.get(browser.url(bodyPath));
    browser.waitForHeading(name);
    browser.noViolations("body at 390 px");
    browser.screenshot("organ-390.png");
    driver.get(browser.url(bodyPath + "/meetings/" + movedMeeting.id().value()));
    browser.waitForHeading(name + ": møtet " + DAY.format(moved));
    browser.noViolations("meeting at 390 px");

    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.findElement(By.linkText("Organer og møter")).click();
    browser.waitForHeading("Organer og møter");
    assertThat(driver.findElements(By.cssSelector("[data-testid=bodies] a")))
        .extracting(WebElement::getText)
        .contains(name);
    browser.noViolations("bodies with one");
    browser.screenshot("organer.png");
    driver.findElement(By.cssSelector(".who button")).click();
    browser.waitForHeading("Logg inn");
    signIn(ConsoleFixture.KARI_EMAIL);
    driver.findElement(By.linkText("Organer og møter")).click();
    browser.waitForHeading("Organer og møter");
    assertThat(driver.getPageSource()).doesNotContain(name);
    driver.get(browser.url(bodyPath));
    browser.waitForHeading("Fant ikke siden");
    assertThat(driver.getPageSource()).doesNotContain(name);
    driver.get(browser.url(bodyPath + "/import"));
    browser.waitForHeading("Fant ikke siden");
  }

  private void signIn(String email) {
    ConsoleFixture.nextSignIn(RUN.provider(), email, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
  }

  /** A case of this test alone, owned by Berit in her municipality. */
  private PoliticalCase aCaseOfBerit() {
    PoliticalCase harbour =
        new PoliticalCase(
            CaseId.random(),
            ConsoleFixture.HAVNES,
            "Ny kai",
            "HAV-1",
            ConsoleFixture.BERIT,
            List.of(),
            CaseStatus.IN_PREPARATION,
            Instant.now());
    cases.save(harbour);
    return harbour;
  }

  private List<String> comingMeetings() {
    return driver.findElements(By.cssSelector("[data-testid=coming] li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private Meeting meetingOn(BodyId body, LocalDate day) {
    return meetings.findByBody(ConsoleFixture.HAVNES, body, Instant.EPOCH, 10).stream()
        .filter(m -> m.start().atZone(ConsoleCalendarFile.OSLO).toLocalDate().equals(day))
        .findFirst()
        .orElseThrow();
  }

  private List<Nudge> bertisNudgesFor(Meeting meeting) {
    return nudges.upcoming(ConsoleFixture.BERIT, Instant.EPOCH, 50).stream()
        .filter(n -> meeting.id().equals(n.meetingId()))
        .toList();
  }

  private static Instant oslo(LocalDate day, int hour) {
    return ZonedDateTime.of(day.atTime(hour, 0), ConsoleCalendarFile.OSLO).toInstant();
  }
}
