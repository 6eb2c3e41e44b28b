package no.samspill.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

  @Test
  void aNewlineCannotStartAForgedLogLine() {
    String forged = "ok\n2026-01-01 ERROR admin logged in\r\u001b[31m";

    assertThat(LogText.of(forged))
        .isEqualTo("ok\\n2026-01-01 ERROR admin logged in\\r\\u001b[31m")
        .doesNotContain("\n", "\r");
  }

  @Test
  void aLongValueIsCutAndSaysHowLongItWas() {
    String text = LogText.of("x".repeat(10_000_000));

    assertThat(text).startsWith("x".repeat(LogText.MAX_LENGTH)).endsWith("…(10000000 chars)");
    assertThat(text.length()).isLessThan(LogText.MAX_LENGTH + 20);
  }

  @Test
  void plainTextAndNullPassUnchanged() {
    assertThat(LogText.of("Hei, Kari")).isEqualTo("Hei, Kari");
    assertThat(LogText.of(null)).isEqualTo("null");
  }
}
