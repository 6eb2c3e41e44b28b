package no.samspill.app;

import java.io.IOException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the console's browser test classes share: the OpenID provider the app signs in with, and a
 * headless Chromium in bokmål for each class.
 */
abstract class ConsoleBrowserTest {

  /**
   * One provider for the whole run: Spring may hand a later class the app it cached, and that app
   * keeps the issuer it was started with.
   */
  static final MockOAuth2Server PROVIDER = startedProvider();

  static HeadlessChromium chromium;
  static ChromeDriver driver;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    ConsoleFixture.properties(PROVIDER).forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.start("nb-NO,nb");
    driver = chromium.driver();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  private static MockOAuth2Server startedProvider() {
    MockOAuth2Server provider = new MockOAuth2Server();
    provider.start();
    Runtime.getRuntime().addShutdownHook(new Thread(provider::shutdown));
    return provider;
  }
}
