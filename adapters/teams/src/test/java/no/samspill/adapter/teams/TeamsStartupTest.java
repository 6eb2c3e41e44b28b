package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samspill.adapter.teams.TeamsProperties.AppType;
import org.junit.jupiter.api.Test;

class TeamsStartupTest {

  @Test
  void anAppIdWithoutAPasswordStopsStartUpWithAClearMessage() {
    assertThatThrownBy(
            () -> TeamsStartup.check(props("app", null, null, AppType.MULTI_TENANT, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MicrosoftAppId is set but MicrosoftAppPassword is not");
  }

  @Test
  void aSingleTenantBotNeedsItsTenant() {
    assertThatThrownBy(
            () -> TeamsStartup.check(props("app", "secret", null, AppType.SINGLE_TENANT, false)))
        .hasMessageContaining("MicrosoftAppTenantId");
  }

  @Test
  void singleTenantBotsGetTokensFromTheirOwnTenant() {
    TeamsProperties single = props("app", "secret", "tenant-1", AppType.SINGLE_TENANT, false);
    assertThat(TeamsStartup.check(single)).isTrue();
    assertThat(single.tokenTenant()).isEqualTo("tenant-1");
    assertThat(props("app", "secret", null, AppType.MULTI_TENANT, false).tokenTenant())
        .isEqualTo("botframework.com");
  }

  @Test
  void withoutAnAppIdTeamsIsOffUnlessUnauthenticatedUseIsAllowedExplicitly() {
    assertThat(TeamsStartup.check(props(" ", null, null, null, false))).isFalse();
    assertThat(TeamsStartup.check(props(null, null, null, null, true))).isTrue();
  }

  private static TeamsProperties props(
      String appId, String password, String tenant, AppType type, boolean unauthenticated) {
    return new TeamsProperties(
        appId, password, tenant, type, unauthenticated, null, null, null, null, null);
  }
}
