package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestCharts;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A leader uses the local web chat in a real (headless) Chromium against the running app. */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.web.demo=true",
      "samspill.sample-data.enabled=true",
      // In working hours a sample nudge would fall due and open another flow for Kari mid-test.
      "samspill.scheduling.enabled=false"
    })
class WebChatBrowserIntegrationTest {

  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @LocalServerPort int port;
  @Autowired DigestPosts posts;
  @Autowired DigestCharts charts;
  @Autowired SchedulePolicies policies;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.start();
    driver = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void answersTheAfterMeetingReflectionByClickingAndFindsItUnderMine() throws IOException {
    BrowserChatPage page = new BrowserChatPage(driver).open(url());
    assertThat(page.municipalities()).contains("Fjordvik kommune");
    String caseTitle = chooseBokmalLeaderWithCase(page);

    page.startAfterMeeting();
    WebElement outcome = page.lastQuestion();
    assertThat(outcome.getDomAttribute("data-kind")).isEqualTo("FREE_TEXT");
    assertThat(outcome.getText()).contains(caseTitle).contains("Spørsmål 1 av");
    assertThat(page.controlLabels(outcome)).contains("Minn meg på det senere", "Avbryt");
    String outcomeText =
        "Forventet enighet; utvalget ba om mer om skoleskyss (rolle: utvalgsleder)";
    page.type(outcome, outcomeText);
    assertThat(page.counter(outcome)).startsWith(outcomeText.length() + " av ");
    page.sendAnswer(outcome);

    WebElement trust = page.lastQuestion();
    assertThat(trust.getDomAttribute("data-kind")).isEqualTo("SCALE");
    assertThat(page.optionLabels(trust)).containsExactly("1", "2", "3", "4", "5");
    String trustId = trust.getDomAttribute("data-asked-id");
    page.click(trust, "4");

    WebElement approach = page.lastQuestion();
    assertThat(approach.getDomAttribute("data-kind")).isEqualTo("CHOICE");
    // The answered card shows the choice and offers nothing more to click.
    WebElement answeredTrust = page.question(trustId);
    assertThat(page.answerOn(answeredTrust)).isEqualTo("Svaret ditt: 4");
    assertThat(page.optionLabels(answeredTrust)).isEmpty();
    assertThat(page.controlLabels(answeredTrust)).isEmpty();
    String approachLabel = page.optionLabels(approach).get(0);
    page.click(approach, approachLabel);

    WebElement lesson = page.lastQuestion();
    assertThat(lesson.getDomAttribute("data-kind")).isEqualTo("FREE_TEXT");
    String lessonText = "Send saksframlegget til gruppelederne en uke tidligere.";
    page.type(lesson, lessonText);
    page.sendAnswer(lesson);

    WebElement share = page.lastQuestion();
    page.click(share, "Anonymt");

    assertThat(page.summaries()).hasSize(1);
    assertThat(page.summaries().get(0).getText())
        .contains(outcomeText)
        .contains(lessonText)
        .contains(approachLabel)
        .contains("4 av 5");
    assertThat(page.questions())
        .extracting(page::answerOn)
        .containsExactly(
            "Svaret ditt: " + outcomeText,
            "Svaret ditt: 4",
            "Svaret ditt: " + approachLabel,
            "Svaret ditt: " + lessonText,
            "Svaret ditt: Anonymt til ledergruppen");
    assertThat(page.focusableInTranscript()).as("tab stops left in the transcript").isZero();
    screenshot("web-cards-answered.png");

    page.sendMessage("mine");
    List<WebElement> summaries = page.summaries();
    assertThat(summaries).hasSize(2);
    assertThat(summaries.get(1).getText())
        .contains("Mine refleksjoner")
        .contains(caseTitle)
        .contains("Anonymt til ledergruppen");

    screenshot("web-chat.png");
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 360, "height", 780, "deviceScaleFactor", 1, "mobile", true));
    driver.executeScript("arguments[0].scrollIntoView()", summaries.get(0));
    screenshot("web-chat-360.png");
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  @Test
  void aRejectedAnswerKeepsTheTypedTextAndSaysWhyInTheSameCard() throws IOException {
    BrowserChatPage page = new BrowserChatPage(driver).open(url());
    page.chooseLeader(SampleData.PER.value());
    page.click("start-adhoc");
    page.awaitOpenQuestion("FREE_TEXT");
    page.type(page.lastQuestion(), "Utvalget ville utsette saken (rolle: utvalgsleder).");
    page.sendAnswer(page.lastQuestion());
    WebElement open = page.lastQuestion();
    String askedId = open.getDomAttribute("data-asked-id");
    int cards = page.questions().size();

    page.sendMessage("99");

    WebElement again = page.lastQuestion();
    assertThat(page.questions()).as("no second copy of the card").hasSize(cards);
    assertThat(again.getDomAttribute("data-asked-id")).isEqualTo(askedId);
    assertThat(again.findElement(By.cssSelector("[data-testid=question-problem]")).getText())
        .isNotBlank();
    assertThat(page.composerText()).isEqualTo("99");
    assertThat(page.userMessages()).doesNotContain("99");
    assertThat(page.optionLabels(again)).isNotEmpty();
    screenshot("web-invalid-kept.png");
  }

  @Test
  void aNewCaseShowsInThePanelAtOnceSlettGoesBackToThePickerAndResetBringsTheSampleBack()
      throws IOException {
    BrowserChatPage page = new BrowserChatPage(driver).open(url());
    String per = SampleData.PER.value();
    page.chooseLeader(per);
    assertThat(page.caseTitles()).isEmpty();
    String title = "Vintervedlikehold av kommunale veier";

    page.sendMessage("ny sak");
    page.sendMessage(title);
    page.control(page.lastQuestion(), "Hopp over");
    if (page.answerOn(page.lastQuestion()) == null) {
      page.click(page.lastQuestion(), page.optionLabels(page.lastQuestion()).get(0));
    }
    page.awaitCase(title);

    page.sendMessage("slett");
    page.click(page.lastQuestion(), "Ja, slett alt");
    page.awaitPicker();
    assertThat(page.leaderIds()).doesNotContain(per);
    assertThat(page.botMessages()).anyMatch(m -> m.contains("slettet"));
    screenshot("web-after-slett.png");

    page.resetDemo();
    assertThat(page.leaderIds()).contains(per);
    page.chooseLeader(per);
    assertThat(page.caseTitles()).isEmpty();
  }

  @Test
  void theCoordinatorPostsThisWeeksDigestFromTheDemoPanel() throws IOException {
    BrowserChatPage page = new BrowserChatPage(driver).open(url());
    page.chooseLeader(SampleData.PER.value());
    assertThat(page.shown("post-digest")).as("not the coordinator").isFalse();
    page.chooseLeader(SampleData.KARI.value());
    assertThat(page.shown("post-digest")).isTrue();

    page.click("post-digest");

    String week =
        DigestWeek.containing(Instant.now(), policies.of(SampleData.TENANT).digestZone()).key();
    WebElement digest = page.awaitDigest(week);
    assertThat(digest.getText()).contains("Ukesammendrag");
    screenshot("web-digest-now.png");
  }

  @Test
  void chromeFollowsTheLeadersLanguageAndSwitchingLeaderClearsTheChat() {
    BrowserChatPage page = new BrowserChatPage(driver).open(url());
    assertThat(page.text("start-post")).isEqualTo("Møtet er nettopp ferdig");
    String bokmal = leaderSpeaking(page, "nb");
    page.sendMessage("hjelp");
    assertThat(page.userMessages()).containsExactly("hjelp");
    assertThat(page.botMessages()).anyMatch(message -> message.contains("«mine»"));

    String nynorsk = leaderSpeaking(page, "nn");
    assertThat(page.userMessages()).isEmpty();
    assertThat(page.botMessages()).isEmpty();
    assertThat(page.text("empty-state")).startsWith("Skriv «hjelp»");
    assertThat(page.text("start-post")).isEqualTo("Møtet er nett ferdig");
    assertThat(page.text("leader-label")).isEqualTo("Vel leiar");
    assertThat(nynorsk).isNotEqualTo(bokmal);

    leaderSpeaking(page, "en");
    assertThat(page.text("start-post")).isEqualTo("The meeting just ended");
  }

  @Test
  void theWeeklyDigestTabShowsAPostedDigestWithItsChartInTheLeadersLanguage() throws IOException {
    archiveDigest("2020-W10");
    BrowserChatPage page = new BrowserChatPage(driver).open(url());
    leaderSpeaking(page, "nn");

    List<WebElement> digests = page.showDigests();

    assertThat(page.text("tab-digests")).isEqualTo("Vekesamandrag");
    WebElement digest =
        digests.stream()
            .filter(d -> "2020-W10".equals(d.getDomAttribute("data-week")))
            .findFirst()
            .orElseThrow();
    assertThat(digest.findElement(By.cssSelector("[data-testid=digest-title]")).getText())
        .isEqualTo("Ukesammendrag for uke 10");
    assertThat(digest.getText())
        .contains("Lærdom – saksforberedelse")
        .contains("• Send notatet til gruppelederne en uke før (en enhetsleder)")
        .containsPattern("Publisert \\d{2}\\.\\d{2}\\.\\d{4} kl\\. \\d{2}:\\d{2}");
    WebElement chart = digest.findElement(By.cssSelector("[data-testid=digest-chart]"));
    assertThat(chart.getDomAttribute("alt")).isEqualTo("Stolpediagram over konfliktmåter");
    assertThat(page.imageShown(chart)).as("the chart image loaded").isTrue();
    assertThat(page.text("transcript")).as("the conversation is behind its own tab").isEmpty();
    screenshot("web-digests.png");
  }

  /** A digest as PostWeeklyDigest archives it, with a chart drawn by the real chart adapter. */
  private void archiveDigest(String week) {
    byte[] chart =
        charts.barChart(
            "Konfliktmåter",
            List.of("Samarbeide", "Inngå kompromiss"),
            Map.of("Planlagt", List.of(2, 1), "Brukt", List.of(3, 0)));
    String key = SampleData.TENANT.value() + "|" + week;
    posts.claim(key, Instant.now(), Duration.ofMinutes(5), "browser-test");
    posts.finish(
        key,
        "browser-test",
        "{archive=DELIVERED}",
        new ArchivedDigest(
            SampleData.TENANT,
            week,
            "Ukesammendrag for uke 10",
            List.of(
                new DigestText.Section(null, List.of("Tre ledere delte lærdom denne uka.")),
                new DigestText.Section(
                    "Lærdom – saksforberedelse",
                    List.of("• Send notatet til gruppelederne en uke før (en enhetsleder)"))),
            chart,
            "Stolpediagram over konfliktmåter",
            Instant.now()));
  }

  private String chooseBokmalLeaderWithCase(BrowserChatPage page) {
    for (String leaderId : page.leaderIds()) {
      page.chooseLeader(leaderId);
      if ("nb".equals(page.pageLanguage()) && !page.caseTitles().isEmpty()) {
        return page.selectedCase().split(" \\(")[0];
      }
    }
    throw new AssertionError("The sample data has no bokmål leader with a case");
  }

  private static String leaderSpeaking(BrowserChatPage page, String language) {
    for (String leaderId : page.leaderIds()) {
      page.chooseLeader(leaderId);
      if (language.equals(page.pageLanguage())) {
        return leaderId;
      }
    }
    throw new AssertionError("The sample data has no leader speaking " + language);
  }

  private static void screenshot(String name) throws IOException {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private String url() {
    return "http://localhost:" + port + "/";
  }
}
