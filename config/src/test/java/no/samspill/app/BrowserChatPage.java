package no.samspill.app;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import no.samspill.core.testing.FrameworkText;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web chat page as a leader sees it, driven through its data-testid hooks. */
final class BrowserChatPage {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final WebDriver driver;

  BrowserChatPage(WebDriver driver) {
    this.driver = driver;
  }

  BrowserChatPage open(String url) {
    driver.get(url);
    await(d -> "ready".equals(byTestId("leader-select").getDomAttribute("data-state")));
    return this;
  }

  List<String> leaderIds() {
    return leaderSelect().getOptions().stream()
        .map(o -> o.getDomAttribute("value"))
        .filter(v -> v != null && !v.isEmpty())
        .toList();
  }

  List<String> municipalities() {
    return byTestId("leader-select").findElements(By.tagName("optgroup")).stream()
        .map(g -> g.getDomAttribute("label"))
        .toList();
  }

  void chooseLeader(String leaderId) {
    leaderSelect().selectByValue(leaderId);
    await(d -> "ready".equals(byTestId("case-select").getDomAttribute("data-state")));
  }

  String pageLanguage() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  /** The cases in the demo panel; empty when the leader has none. */
  List<String> caseTitles() {
    WebElement select = byTestId("case-select");
    if (!select.isEnabled()) {
      return List.of();
    }
    return new Select(select).getOptions().stream().map(WebElement::getText).toList();
  }

  String selectedCase() {
    return new Select(byTestId("case-select")).getFirstSelectedOption().getText();
  }

  void startAfterMeeting() {
    afterReply(() -> byTestId("start-post").click());
  }

  /** Opens the weekly digest tab and waits until the archive has loaded and shows digests. */
  List<WebElement> showDigests() {
    byTestId("tab-digests").click();
    return await(
        d -> {
          List<WebElement> digests = d.findElements(By.cssSelector("[data-testid=digest]"));
          return digests.isEmpty() ? null : digests;
        });
  }

  /** Whether the browser fetched and decoded the image, so a reader sees the chart. */
  boolean imageShown(WebElement image) {
    Object width =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", image);
    return width instanceof Number n && n.intValue() > 0 && image.isDisplayed();
  }

  String text(String testId) {
    return byTestId(testId).getText();
  }

  List<WebElement> questions() {
    return driver.findElements(By.cssSelector("[data-testid=question]"));
  }

  WebElement lastQuestion() {
    List<WebElement> questions = questions();
    return questions.get(questions.size() - 1);
  }

  WebElement question(String askedId) {
    return driver.findElement(
        By.cssSelector("[data-testid=question][data-asked-id='" + askedId + "']"));
  }

  void type(WebElement question, String text) {
    WebElement input = question.findElement(By.cssSelector("[data-testid=free-text-input]"));
    input.clear();
    input.sendKeys(text);
  }

  String counter(WebElement question) {
    return question.findElement(By.cssSelector("[data-testid=char-counter]")).getText();
  }

  void sendAnswer(WebElement question) {
    afterReply(() -> question.findElement(By.cssSelector("[data-testid=free-text-send]")).click());
  }

  void click(WebElement question, String label) {
    press(question, "option", label);
  }

  /** Clicks one of a question's controls (skip, remind later, cancel). */
  void control(WebElement question, String label) {
    press(question, "control", label);
  }

  private void press(WebElement question, String testId, String label) {
    WebElement button =
        question.findElements(By.cssSelector("[data-testid=" + testId + "]")).stream()
            .filter(b -> b.getText().strip().startsWith(label))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("No button " + label + " in: " + question.getText()));
    afterReply(button::click);
  }

  List<String> optionLabels(WebElement question) {
    return labels(question, "option");
  }

  void sendMessage(String text) {
    WebElement input = byTestId("message-input");
    input.sendKeys(text);
    afterReply(() -> input.sendKeys(Keys.ENTER));
  }

  List<WebElement> summaries() {
    return driver.findElements(By.cssSelector("[data-testid=summary]"));
  }

  List<String> botMessages() {
    return driver.findElements(By.cssSelector("[data-testid=bot-message]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  List<String> userMessages() {
    return driver.findElements(By.cssSelector("[data-testid=user-message] .msg-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Does something that sends a request, then waits until the bot's answer is on the page. */
  private void afterReply(Runnable action) {
    String before = turns();
    action.run();
    await(d -> !before.equals(turns()) && !byTestId("busy").isDisplayed());
    for (WebElement reply : driver.findElements(By.cssSelector("#transcript .msg.bot"))) {
      FrameworkText.assertAbsent(reply.getText());
    }
  }

  private String turns() {
    String turns = byTestId("transcript").getDomAttribute("data-turns");
    return turns == null ? "0" : turns;
  }

  List<String> controlLabels(WebElement question) {
    return labels(question, "control");
  }

  private static List<String> labels(WebElement question, String testId) {
    return question.findElements(By.cssSelector("[data-testid=" + testId + "]")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** What an answered card says was answered, or null while it is open. */
  String answerOn(WebElement question) {
    List<WebElement> answer =
        question.findElements(By.cssSelector("[data-testid=question-answer]"));
    return answer.isEmpty() ? null : answer.get(0).getText();
  }

  /** Buttons, inputs and links in the transcript that a keyboard can still reach. */
  long focusableInTranscript() {
    Object count =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('#transcript button, #transcript"
                    + " input, #transcript textarea, #transcript select, #transcript a[href],"
                    + " #transcript [tabindex]')).filter(e => !e.disabled && !e.closest('[inert]')"
                    + " && e.tabIndex >= 0).length");
    return ((Number) count).longValue();
  }

  String composerText() {
    return byTestId("message-input").getDomProperty("value");
  }

  String selectedLeader() {
    return byTestId("leader-select").getDomProperty("value");
  }

  /** Waits until the page has gone back to the leader picker (after "slett", or a reset). */
  void awaitPicker() {
    await(
        d ->
            "".equals(selectedLeader())
                && byTestId("message-input").getDomProperty("disabled").equals("true"));
  }

  /** Waits until an open question of {@code kind} is the newest card (after a demo start). */
  void awaitOpenQuestion(String kind) {
    await(
        d -> {
          List<WebElement> open = d.findElements(By.cssSelector(".question:not(.answered)"));
          return !open.isEmpty()
              && kind.equals(open.get(open.size() - 1).getDomAttribute("data-kind"));
        });
  }

  void awaitCase(String title) {
    await(d -> caseTitles().stream().anyMatch(t -> t.startsWith(title)));
  }

  WebElement awaitDigest(String week) {
    return await(
        d ->
            d
                .findElements(By.cssSelector("[data-testid=digest][data-week='" + week + "']"))
                .stream()
                .findFirst()
                .orElse(null));
  }

  void click(String testId) {
    byTestId(testId).click();
  }

  boolean shown(String testId) {
    return byTestId(testId).isDisplayed();
  }

  /** Resets the demo, confirming the browser's question, and waits until the page says so. */
  void resetDemo() {
    byTestId("reset-demo").click();
    new WebDriverWait(driver, TIMEOUT).until(d -> d.switchTo().alert()).accept();
    await(d -> !d.findElements(By.cssSelector("[data-testid=reset-done]")).isEmpty());
    await(d -> "ready".equals(byTestId("leader-select").getDomAttribute("data-state")));
  }

  private <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT)
        .withMessage(() -> "page shows:\n" + driver.findElement(By.tagName("body")).getText())
        .until(condition);
  }

  private Select leaderSelect() {
    return new Select(byTestId("leader-select"));
  }

  private WebElement byTestId(String testId) {
    return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
  }
}
