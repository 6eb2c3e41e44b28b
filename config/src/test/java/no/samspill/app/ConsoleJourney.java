package no.samspill.app;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The steps a coordinator's walk through the console repeats: signing in through the provider,
 * going to a page and checking it with axe-core, and asking what status a path answers with.
 */
final class ConsoleJourney {

  private final ChromeDriver driver;
  private final ConsoleBrowser browser;
  private final MockOAuth2Server provider;

  ConsoleJourney(ChromeDriver driver, ConsoleBrowser browser, MockOAuth2Server provider) {
    this.driver = driver;
    this.browser = browser;
    this.provider = provider;
  }

  /** The authorisation-code flow from the sign-in page, as {@code email}, to Oversikt. */
  void signIn(String email) {
    ConsoleFixture.nextSignIn(provider, email, true);
    driver.get(browser.url("/console"));
    browser.waitForHeading("Logg inn");
    browser.noViolations("sign-in");
    browser.testId("sign-in").click();
    browser.waitForHeading("Oversikt");
    browser.noViolations("overview");
  }

  void signOut() {
    driver.findElement(By.cssSelector(".who button")).click();
    browser.waitForHeading("Logg inn");
  }

  /** A tab of the console's menu, then axe-core on it. */
  void tab(String name) {
    driver.findElement(By.linkText(name)).click();
    checked(name);
  }

  /** The page with this heading has come, and axe-core finds nothing on it. */
  void checked(String heading) {
    browser.waitForHeading(heading);
    browser.noViolations(heading + " (" + path() + ")");
  }

  /** A path typed into the address bar: its heading, checked with axe-core. */
  void open(String path, String heading) {
    driver.get(browser.url(path));
    checked(heading);
  }

  /** What the path answers this browser's session with, asked as the page itself would. */
  long status(String path) {
    Object status =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));",
            path);
    return ((Number) status).longValue();
  }

  /** The last part of the page's path, without its query: the id of what it shows. */
  String idInPath() {
    String path = path();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private String path() {
    return driver.getCurrentUrl().replaceFirst("^http://[^/]+", "").split("\\?")[0];
  }
}
