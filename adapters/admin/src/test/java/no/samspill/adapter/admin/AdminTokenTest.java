package no.samspill.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminTokenTest {

  @Test
  void acceptsOnlyTheConfiguredToken() {
    AdminToken token = AdminToken.from(new AdminProperties("s3cret-token", null));

    assertThat(token.matches("s3cret-token")).isTrue();
    assertThat(token.matches("s3cret-tokem")).isFalse();
    assertThat(token.matches("s3cret")).isFalse();
    assertThat(token.matches(null)).isFalse();
  }

  @Test
  void generatesADifferentUnguessableTokenWhenNoneIsConfigured() {
    AdminToken first = AdminToken.from(new AdminProperties(" ", null));
    AdminToken second = AdminToken.from(new AdminProperties(null, null));

    assertThat(first.matches("")).isFalse();
    assertThat(first.matches(" ")).isFalse();
    assertThat(first.matches("null")).isFalse();
    assertThat(first).isNotNull();
    assertThat(second.matches("")).isFalse();
  }
}
