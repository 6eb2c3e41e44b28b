package no.samspill.app;

import java.io.IOException;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A console browser test class's headless Chromium (in Norwegian) and its in-process OpenID
 * provider, started with the class and stopped after it. Register it as a static field with
 * {@code @RegisterExtension} and hand its {@link #properties} to a {@code @DynamicPropertySource}.
 */
final class ConsoleBrowserRun implements BeforeAllCallback, AfterAllCallback {

  private final MockOAuth2Server provider = new MockOAuth2Server();
  private HeadlessChromium chromium;

  /** Starts the provider and points the app's console at it. */
  void properties(DynamicPropertyRegistry registry) {
    provider.start();
    ConsoleFixture.properties(provider).forEach((key, value) -> registry.add(key, () -> value));
  }

  MockOAuth2Server provider() {
    return provider;
  }

  ChromeDriver driver() {
    return chromium.driver();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    chromium = HeadlessChromium.start("nb-NO,nb");
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    provider.shutdown();
  }
}
