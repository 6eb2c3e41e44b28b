package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Follows;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import no.samspill.core.schedule.ChangeSchedulePolicy;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A coordinator registers a case on Saker in a real (headless) Chromium, signed in through the
 * OpenID Connect flow: refused input saves nothing, the saved case shows its planned nudges, and a
 * change of lead days in Innstillinger moves its PRE nudge. Another municipality sees none of it.
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
class ConsoleCasesBrowserIntegrationTest extends ConsoleBrowserTest {

  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired Follows follows;
  @Autowired PoliticalBodies bodies;
  @Autowired Meetings meetings;
  @Autowired Cases cases;
  @Autowired Nudges nudges;
  @Autowired SchedulePolicies policies;
  @Autowired ChangeSchedulePolicy changePolicy;
  @Autowired MongoTemplate mongo;
  private ConsoleBrowser browser;
  private ConsoleCaseFixture fixture;

  @Test
  void coordinatorRegistersACaseSeesItsNudgesAndSeesThemMoveWithTheLeadDays() throws IOException {
    ConsoleFixture.addPeople(tenants, leaders);
    SchedulePolicy before = policies.of(ConsoleFixture.SAMPLE);
    fixture = new ConsoleCaseFixture(mongo, leaders, follows, bodies, meetings);
    browser = new ConsoleBrowser(driver, port);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    try {
      signIn(ConsoleFixture.KARI_EMAIL, "Oversikt");
      driver.findElement(By.linkText("Saker")).click();
      browser.waitForHeading("Saker");
      browser.noViolations("cases");

      browser.testId("add-case").click();
      browser.waitForHeading("Ny sak");
      browser.noViolations("new case");
      refusesWhatCannotBeSaved();

      browser.replace("title", "Trafikksikkerhetsplan 2027");
      browser.replace("caseNumber", "2026/14");
      new Select(driver.findElement(By.id("ownerId"))).selectByValue(fixture.owner.id().value());
      meetingBox().click();
      browser.testId("save").click();
      browser.waitForHeading("Trafikksikkerhetsplan 2027");
      assertThat(browser.testId("saved").getText())
          .isEqualTo("Lagret, og påminnelsene for saken er planlagt.");
      PoliticalCase created = cases.findByOwner(ConsoleFixture.SAMPLE, fixture.owner.id()).get(0);
      Nudge pre = pre(created);
      assertThat(preRow().getText()).contains("Sigrid Saksen", "Planlagt");
      assertThat(preWhen()).isEqualTo(oslo(pre.dueAt()));
      browser.noViolations("case with its nudges");
      browser.screenshot("sak.png");

      // Innstillinger: five more lead days before every body's meetings.
      driver.findElement(By.linkText("Innstillinger")).click();
      browser.waitForHeading("Innstillinger");
      browser.replace("preLeadDays", Integer.toString(before.preLeadDays() + 5));
      browser.testId("save").click();
      browser.waitForHeading("Innstillinger");
      assertThat(browser.testId("saved").getText()).contains("lagret");

      driver.findElement(By.linkText("Saker")).click();
      browser.waitForHeading("Saker");
      assertThat(browser.testId("cases").getText()).contains("Trafikksikkerhetsplan 2027");
      browser.noViolations("cases with the new one");
      browser.screenshot("saker.png");
      driver.findElement(By.id("q")).sendKeys("trafikksikker\n");
      browser.waitForHeading("Saker");
      assertThat(browser.testId("case-count").getText())
          .as(() -> browser.testId("cases").getText())
          .isEqualTo("1 sak");
      driver.findElement(By.linkText("Trafikksikkerhetsplan 2027")).click();
      browser.waitForHeading("Trafikksikkerhetsplan 2027");
      Nudge moved = pre(created);
      assertThat(moved.dueAt()).isBefore(pre.dueAt());
      assertThat(preWhen()).isEqualTo(oslo(moved.dueAt())).isNotEqualTo(oslo(pre.dueAt()));

      driver.manage().window().setSize(new Dimension(390, 844));
      driver.navigate().refresh();
      browser.waitForHeading("Trafikksikkerhetsplan 2027");
      browser.noViolations("case at 390 px");
      browser.screenshot("sak-390.png");
      driver.manage().window().setSize(new Dimension(1280, 1000));

      driver.findElement(By.cssSelector(".who button")).click();
      browser.waitForHeading("Logg inn");
      anotherMunicipalitySeesNoneOfIt(created);
    } finally {
      changePolicy.change(before);
      fixture.close();
    }
  }

  /** Each bad input is said beside its field, and no case is saved. */
  private void refusesWhatCannotBeSaved() throws IOException {
    browser.testId("save").click();
    browser.waitForHeading("Ny sak");
    assertThat(driver.findElement(By.id("title-error")).getText())
        .isEqualTo("Skriv en tittel på høyst 200 tegn.");
    assertThat(driver.findElement(By.id("title")).getDomAttribute("aria-describedby"))
        .isEqualTo("title-error");
    browser.noViolations("case form with an error");
    browser.screenshot("sak-feil.png");

    browser.replace("title", "x".repeat(201));
    browser.testId("save").click();
    browser.waitForHeading("Ny sak");
    assertThat(driver.findElement(By.id("title-error")).getText())
        .isEqualTo("Skriv en tittel på høyst 200 tegn.");

    // A forged form: the owner's option now names the other municipality's coordinator.
    browser.replace("title", "Trafikksikkerhetsplan 2027");
    driver.executeScript(
        "var o = document.querySelector('#ownerId option[value=\"' + arguments[0] + '\"]');"
            + "o.value = arguments[1]; o.selected = true;",
        fixture.owner.id().value(),
        ConsoleFixture.BERIT.value());
    browser.testId("save").click();
    browser.waitForHeading("Ny sak");
    assertThat(driver.findElement(By.id("ownerId-error")).getText())
        .isEqualTo("Velg en leder i kommunen din.");
    browser.noViolations("case form with a refused owner");

    new Select(driver.findElement(By.id("ownerId"))).selectByValue(fixture.owner.id().value());
    driver.executeScript(
        "var c = document.querySelector('input[name=meetingIds][value=\"' + arguments[0] + '\"]');"
            + "c.value = arguments[1]; c.checked = true;",
        fixture.meeting.id().value(),
        fixture.havnesMeeting.id().value());
    browser.testId("save").click();
    browser.waitForHeading("Ny sak");
    assertThat(driver.findElement(By.id("meetingIds-error")).getText())
        .isEqualTo("Velg bare møter i kommunen din.");
    browser.noViolations("case form with a refused meeting");

    assertThat(cases.findByOwner(ConsoleFixture.SAMPLE, fixture.owner.id())).isEmpty();
    assertThat(cases.findByMeeting(ConsoleFixture.SAMPLE, fixture.meeting.id())).isEmpty();
  }

  private void anotherMunicipalitySeesNoneOfIt(PoliticalCase created) {
    signIn(ConsoleFixture.BERIT_EMAIL, "Oversikt");
    driver.findElement(By.linkText("Saker")).click();
    browser.waitForHeading("Saker");
    assertThat(driver.getPageSource()).doesNotContain("Trafikksikkerhetsplan 2027");
    driver.get(browser.url("/console/cases/" + created.id().value()));
    browser.waitForHeading("Fant ikke siden");
    assertThat(driver.getPageSource())
        .doesNotContain("Trafikksikkerhetsplan 2027", "Sigrid Saksen");
    browser.noViolations("another municipality's case");
  }

  private void signIn(String email, String heading) {
    driver.get(browser.url("/console/sign-in"));
    driver.manage().deleteAllCookies();
    ConsoleFixture.nextSignIn(PROVIDER, email, true);
    driver.get(browser.url("/console"));
    browser.testId("sign-in").click();
    browser.waitForHeading(heading);
  }

  private WebElement meetingBox() {
    String id =
        driver
            .findElement(
                By.cssSelector(
                    "input[name=meetingIds][value='" + fixture.meeting.id().value() + "']"))
            .getDomAttribute("id");
    return driver.findElement(By.cssSelector("label[for=" + id + "]"));
  }

  private WebElement preRow() {
    return browser.testId("nudges").findElements(By.cssSelector("tbody tr")).stream()
        .filter(row -> row.getText().contains("Før møtet"))
        .findFirst()
        .orElseThrow();
  }

  private String preWhen() {
    return preRow().findElement(By.cssSelector("td span")).getText();
  }

  private Nudge pre(PoliticalCase created) {
    return nudges.findByCase(ConsoleFixture.SAMPLE, created.id(), 10).stream()
        .filter(n -> n.phase() == Phase.PRE)
        .findFirst()
        .orElseThrow();
  }

  /** As the owner (Europe/Oslo) reads it in bokmål. */
  private static String oslo(Instant when) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Language.NB.locale())
        .withZone(ConsoleCaseFixture.OSLO)
        .format(when);
  }
}
