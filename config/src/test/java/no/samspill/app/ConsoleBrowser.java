package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every console browser test does with its page: wait for it, check it, keep a picture. */
final class ConsoleBrowser {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final ChromeDriver driver;
  private final int port;

  ConsoleBrowser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.port = port;
  }

  /** The browser as a new visitor's: a desktop window on the sign-in page, without cookies. */
  static ConsoleBrowser signedOut(ChromeDriver driver, int port) {
    ConsoleBrowser browser = new ConsoleBrowser(driver, port);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(browser.url("/console/sign-in"));
    driver.manage().deleteAllCookies();
    return browser;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  WebElement testId(String id) {
    return driver.findElement(By.cssSelector("[data-testid=" + id + "]"));
  }

  /** Types a new value into a field; a time field takes its digits over what it shows. */
  void replace(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    if ("time".equals(field.getDomAttribute("type"))) {
      field.sendKeys(value);
      return;
    }
    field.clear();
    field.sendKeys(value);
  }

  void waitForHeading(String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage(() -> "heading '" + text + "' on " + driver.getCurrentUrl() + ": " + page())
        // The old page's heading goes stale while the next page loads; Chromium may also say its
        // node "does not belong to the document" (a plain WebDriverException) in that moment.
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(
            d -> {
              try {
                return text.equals(d.findElement(By.tagName("h1")).getText());
              } catch (WebDriverException e) {
                return false;
              }
            });
  }

  /** axe-core finds no WCAG 2.1 A or AA violation on the page as it is now. */
  void noViolations(String page) {
    Results results;
    try {
      results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    } catch (RuntimeException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("switchToWindow failed")) {
        throw e;
      }
      // axe-core's own blank tab can time out on a loaded machine; that says nothing of the page.
      results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    }
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "axe-core on %s: %s",
            page,
            violations.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList())
                .collect(Collectors.joining("; ")))
        .isEmpty();
  }

  /** Saved under target/console; the ones in docs/console are copied from there by hand. */
  void screenshot(String name) throws IOException {
    Path target = Path.of("target", "console", name);
    Files.createDirectories(target.getParent());
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The whole page, not only what the window shows: the window is made as tall for a moment. */
  void wholePageScreenshot(String name) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long chrome =
        before.getHeight() - ((Number) driver.executeScript("return innerHeight")).longValue();
    long page =
        ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(before.getWidth(), (int) (page + chrome)));
    try {
      screenshot(name);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  private String page() {
    String source = driver.getPageSource();
    return source.length() > 2000 ? source.substring(0, 2000) : source;
  }
}
