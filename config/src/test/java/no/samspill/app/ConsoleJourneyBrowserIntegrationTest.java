package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.PublicHolidays;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.WorkingTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "done when", walked in order in a real (headless) Chromium by a coordinator signed in
 * through the OpenID Connect authorisation-code flow: a body, its .ics and the import's report, a
 * leader who follows it, a case in it with its planned nudges, lead days changed in Innstillinger
 * and the nudge moved as the policy says, the digest previewed and posted to a fake Slack, each
 * change in Logg; then a second municipality's coordinator sees none of it and gets 404 on its ids.
 * axe-core checks every page on the way. Both municipalities are this test's own and erased
 * afterwards.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"samspill.mongodb.embedded-file=memory", "samspill.scheduling.enabled=false"})
class ConsoleJourneyBrowserIntegrationTest {

  @RegisterExtension static final ConsoleBrowserRun RUN = new ConsoleBrowserRun();
  private static final WireMockServer SLACK = ConsoleDigestFixture.startSlack();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Language.NB.locale());
  private static final String BODY = "Utvalg for oppvekst";
  private static final String LEADER = "Sigve Strand";
  private static final String CASE = "Skolebruksplan for Dalsvik";

  @LocalServerPort int port;
  @Autowired ApplicationContext app;
  @Autowired Meetings meetings;
  @Autowired Leaders leaders;
  @Autowired Follows follows;
  @Autowired Nudges nudges;
  @Autowired SchedulePolicies policies;
  @Autowired PublicHolidays holidays;
  @Autowired DigestPosts posts;
  private ChromeDriver driver;
  private ConsoleBrowser browser;
  private ConsoleJourney journey;
  private ConsoleDigestFixture fixture;

  @DynamicPropertySource
  static void outside(DynamicPropertyRegistry registry) {
    RUN.properties(registry);
    ConsoleDigestFixture.registerSlack(registry, SLACK);
  }

  @AfterAll
  static void stopSlack() {
    SLACK.stop();
  }

  @BeforeEach
  void signedOut() {
    driver = RUN.driver();
    browser = ConsoleBrowser.signedOut(driver, port);
    journey = new ConsoleJourney(driver, browser, RUN.provider());
    fixture = new ConsoleDigestFixture(app);
    SLACK.resetRequests();
  }

  @AfterEach
  void erase() {
    fixture.eraseAll();
  }

  @Test
  void aCoordinatorSetsUpABodyALeaderAndACaseMovesItsNudgesAndPostsTheDigestOthersSeeNone()
      throws IOException {
    ConsoleDigestFixture.Municipality dalsvik = fixture.create("Dalsvik", true);
    ConsoleDigestFixture.Municipality nordvik = fixture.create("Nordvik", false);
    journey.signIn(dalsvik.email());

    BodyId body = addsABody();
    importsItsCalendar();
    Meeting first = meetingOn(dalsvik, body, ConsoleCalendarFile.first());
    LeaderId sigve = addsALeaderWhoFollows(dalsvik, body);
    CaseId school = registersACaseIn(sigve, first);
    Leader owner = leaders.findById(sigve).orElseThrow();

    Instant pre = pre(dalsvik, school).dueAt();
    assertThat(pre).isEqualTo(papersOut(dalsvik, first, owner, 7));
    assertThat(preShown()).isEqualTo(shown(pre, owner));
    changesTheLeadDaysForCommittees("14");
    journey.tab("Saker");
    driver.findElement(By.linkText(CASE)).click();
    journey.checked(CASE);
    Instant moved = pre(dalsvik, school).dueAt();
    assertThat(moved)
        .isEqualTo(papersOut(dalsvik, first, owner, 14))
        .isBefore(pre.minusSeconds(6 * 24 * 3600));
    assertThat(preShown()).isEqualTo(shown(moved, owner)).isNotEqualTo(shown(pre, owner));

    previewsAndPostsTheDigest(dalsvik);
    String week = posts.archive(dalsvik.tenant(), 1).get(0).week();
    journey.tab("Logg");
    assertThat(browser.testId("log").getText())
        .contains("POST /console/bodies/" + body.value() + "/import")
        .contains("POST /console/leaders/" + sigve.value())
        .contains("POST /console/settings", "POST /console/digest/post");
    journey.signOut();

    journey.signIn(nordvik.email());
    seesNoneOfIt(nordvik);
    String bodyPath = "/console/bodies/" + body.value();
    for (String path :
        new String[] {
          bodyPath,
          bodyPath + "/import",
          bodyPath + "/delete",
          bodyPath + "/meetings/" + first.id().value(),
          "/console/leaders/" + sigve.value(),
          "/console/cases/" + school.value(),
          "/console/digest/archive/" + week
        }) {
      assertThat(journey.status(path)).as(path).isEqualTo(404);
      journey.open(path, "Fant ikke siden");
      assertThat(driver.getPageSource()).doesNotContain(BODY, LEADER, CASE);
    }
  }

  private BodyId addsABody() {
    journey.tab("Organer og møter");
    browser.testId("add-body").click();
    journey.checked("Nytt organ");
    driver.findElement(By.id("name")).sendKeys(BODY);
    new Select(driver.findElement(By.id("kind"))).selectByValue(BodyKind.UTVALG.name());
    browser.testId("save-body").click();
    journey.checked(BODY);
    assertThat(browser.testId("saved").getText()).isEqualTo("Organet er lagret.");
    return new BodyId(journey.idInPath());
  }

  private void importsItsCalendar() throws IOException {
    browser.testId("upload").click();
    journey.checked("Last opp kalender for " + BODY);
    driver.findElement(By.id("file")).sendKeys(ConsoleCalendarFile.written().toString());
    browser.testId("import").click();
    journey.checked("Last opp kalender for " + BODY);
    assertThat(browser.testId("created").getText()).isEqualTo("2 møter lagt til");
    assertThat(browser.testId("problems").getText())
        .startsWith("Linje " + ConsoleCalendarFile.OPEN_ENDED_LINE + ":");
    driver.findElement(By.linkText("Tilbake til " + BODY)).click();
    journey.checked(BODY);
    assertThat(browser.testId("coming").getText())
        .contains(
            DAY.format(ConsoleCalendarFile.first()), DAY.format(ConsoleCalendarFile.second()));
  }

  private LeaderId addsALeaderWhoFollows(ConsoleDigestFixture.Municipality m, BodyId body) {
    journey.tab("Ledere");
    browser.testId("add-leader").click();
    journey.checked("Ny leder");
    driver.findElement(By.id("name")).sendKeys(LEADER);
    driver.findElement(By.id("role")).sendKeys("Rektor");
    driver.findElement(By.id("email")).sendKeys("sigve.strand@dalsvik.kommune.no");
    browser.testId("save").click();
    journey.checked("Endre " + LEADER);
    LeaderId sigve = new LeaderId(journey.idInPath());
    driver.findElement(By.cssSelector("label[for=body-" + body.value() + "]")).click();
    assertThat(driver.findElement(By.id("meetingEndedNudges")).isSelected()).isTrue();
    browser.testId("save").click();
    journey.checked("Endre " + LEADER);
    assertThat(driver.findElement(By.id("body-" + body.value())).isSelected()).isTrue();
    assertThat(follows.of(m.tenant(), sigve).bodies()).containsExactly(body);
    journey.tab("Ledere");
    assertThat(browser.testId("leaders").getText()).contains(LEADER);
    return sigve;
  }

  private CaseId registersACaseIn(LeaderId owner, Meeting meeting) {
    journey.tab("Saker");
    browser.testId("add-case").click();
    journey.checked("Ny sak");
    driver.findElement(By.id("title")).sendKeys(CASE);
    new Select(driver.findElement(By.id("ownerId"))).selectByValue(owner.value());
    String box =
        driver
            .findElement(
                By.cssSelector("input[name=meetingIds][value='" + meeting.id().value() + "']"))
            .getDomAttribute("id");
    driver.findElement(By.cssSelector("label[for=" + box + "]")).click();
    browser.testId("save").click();
    journey.checked(CASE);
    assertThat(browser.testId("saved").getText())
        .isEqualTo("Lagret, og påminnelsene for saken er planlagt.");
    assertThat(preRow().getText()).contains(LEADER, "Planlagt");
    return new CaseId(journey.idInPath());
  }

  private void changesTheLeadDaysForCommittees(String days) {
    journey.tab("Innstillinger");
    WebElement field = driver.findElement(By.id("preLeadDaysByBody.UTVALG"));
    assertThat(field.getDomProperty("value")).isEmpty();
    field.sendKeys(days);
    browser.testId("save").click();
    journey.checked("Innstillinger");
    assertThat(browser.testId("saved").getText()).contains("lagret");
  }

  private void previewsAndPostsTheDigest(ConsoleDigestFixture.Municipality m) {
    journey.tab("Ukesammendrag");
    assertThat(browser.testId("where").getText()).contains("Slack: #ledere-dalsvik");
    assertThat(browser.testId("preview").getText()).contains(m.lessons().get(0));
    assertThat(ConsoleDigestFixture.posts(SLACK)).isZero();
    browser.testId("post-now").click();
    journey.checked("Ukesammendrag");
    assertThat(browser.testId("posted-notice").getText()).startsWith("Ukesammendraget er lagt ut.");
    assertThat(ConsoleDigestFixture.posts(SLACK)).isEqualTo(1);
  }

  /** The second municipality's pages list none of the first one's body, leader, case or digest. */
  private void seesNoneOfIt(ConsoleDigestFixture.Municipality other) {
    journey.tab("Organer og møter");
    assertThat(driver.getPageSource()).doesNotContain(BODY);
    journey.tab("Ledere");
    assertThat(browser.testId("leaders").getText()).contains("Dagny Dahl").doesNotContain(LEADER);
    journey.tab("Saker");
    assertThat(driver.getPageSource()).doesNotContain(CASE);
    journey.tab("Ukesammendrag");
    assertThat(browser.testId("preview").getText())
        .contains(other.lessons().get(0))
        .doesNotContain("Dalsvik");
    assertThat(driver.findElements(By.cssSelector("[data-testid=archive]"))).isEmpty();
  }

  private Meeting meetingOn(ConsoleDigestFixture.Municipality m, BodyId body, LocalDate day) {
    return meetings.findByBody(m.tenant(), body, Instant.EPOCH, 10).stream()
        .filter(x -> x.start().atZone(ConsoleCalendarFile.OSLO).toLocalDate().equals(day))
        .findFirst()
        .orElseThrow();
  }

  private Nudge pre(ConsoleDigestFixture.Municipality m, CaseId school) {
    return nudges.findByCase(m.tenant(), school, 10).stream()
        .filter(n -> n.phase() == Phase.PRE)
        .findFirst()
        .orElseThrow();
  }

  /** The policy's rule: the working morning on or after the meeting day less the lead days. */
  private Instant papersOut(
      ConsoleDigestFixture.Municipality m, Meeting meeting, Leader owner, int leadDays) {
    ZoneId zone = owner.timeZone();
    LocalDate day = meeting.start().atZone(zone).toLocalDate().minusDays(leadDays);
    return new WorkingTime(policies.of(m.tenant()), holidays).nextWorkingMorning(day, zone);
  }

  private WebElement preRow() {
    return browser.testId("nudges").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains("Før møtet"))
        .findFirst()
        .orElseThrow();
  }

  private String preShown() {
    return preRow().findElement(By.cssSelector("td span")).getText();
  }

  /** A moment as the case page shows it: in bokmål, in the owner's time zone. */
  private static String shown(Instant when, Leader owner) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Language.NB.locale())
        .withZone(owner.timeZone())
        .format(when);
  }
}
