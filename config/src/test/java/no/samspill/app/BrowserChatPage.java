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
    WebElement button =
        question.findElements(By.cssSelector("[data-testid=option]")).stream()
            .filter(b -> b.getText().strip().startsWith(label))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("No button " + label + " in: " + question.getText()));
    afterReply(button::click);
  }

  List<String> optionLabels(WebElement question) {
    return question.findElements(By.cssSelector("[data-testid=option]")).stream()
        .map(WebElement::getText)
        .toList();
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
    int before = botReplies();
    action.run();
    await(d -> botReplies() > before && !byTestId("busy").isDisplayed());
    for (WebElement reply : driver.findElements(By.cssSelector("#transcript .msg.bot"))) {
      FrameworkText.assertAbsent(reply.getText());
    }
  }

  private int botReplies() {
    return driver.findElements(By.cssSelector("#transcript .msg.bot")).size();
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
