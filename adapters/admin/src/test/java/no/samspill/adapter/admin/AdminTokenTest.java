package no.samspill.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdminTokenTest {

  private static final Pattern ANNOUNCED = Pattern.compile("generated token until restart: (\\S+)");

  @Test
  void aGeneratedTokenIsShownInTheLogOnlyInTheLocalDemo(CapturedOutput output) {
    AdminToken demo = AdminToken.from(new AdminProperties(null, null), true);
    Matcher shown = ANNOUNCED.matcher(output.getOut() + output.getErr());
    assertThat(shown.find()).isTrue();
    assertThat(demo.matches(shown.group(1))).isTrue();

    int before = (output.getOut() + output.getErr()).length();
    AdminToken elsewhere = AdminToken.from(new AdminProperties(null, null), false);
    String logged = (output.getOut() + output.getErr()).substring(before);
    assertThat(logged).contains("SAMSPILL_ADMIN_TOKEN is not set").doesNotContain("until restart:");
    assertThat(ANNOUNCED.matcher(logged).find()).isFalse();
    assertThat(elsewhere.matches("")).isFalse();
  }

  @Test
  void acceptsOnlyTheConfiguredToken() {
    AdminToken token = AdminToken.from(new AdminProperties("s3cret-token", null), false);

    assertThat(token.matches("s3cret-token")).isTrue();
    assertThat(token.matches("s3cret-tokem")).isFalse();
    assertThat(token.matches("s3cret")).isFalse();
    assertThat(token.matches(null)).isFalse();
  }

  @Test
  void generatesADifferentUnguessableTokenWhenNoneIsConfigured() {
    AdminToken first = AdminToken.from(new AdminProperties(" ", null), true);
    AdminToken second = AdminToken.from(new AdminProperties(null, null), false);

    assertThat(first.matches("")).isFalse();
    assertThat(first.matches(" ")).isFalse();
    assertThat(first.matches("null")).isFalse();
    assertThat(first).isNotNull();
    assertThat(second.matches("")).isFalse();
  }
}
