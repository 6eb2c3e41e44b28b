package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import org.junit.jupiter.api.Test;

/** The Connector clients the adapter keeps stay bounded, whatever service URLs callers name. */
class TeamsBotAdapterTest {

  private static final TeamsProperties EMULATOR =
      new TeamsProperties(null, null, null, null, true, null, null, null, null, null);

  private final TeamsBotAdapter adapter =
      new TeamsBotAdapter(EMULATOR, null, null, java.time.Clock.systemUTC());

  @Test
  void aFloodOfDistinctServiceUrlsKeepsAtMostTheBoundOfClients() {
    for (int i = 0; i < 10 * TeamsBotAdapter.MAX_CLIENTS; i++) {
      client("http://flood-" + i + ".example/");
    }

    assertThat(adapter.cachedClients()).isEqualTo(TeamsBotAdapter.MAX_CLIENTS);
  }

  @Test
  void aServiceUrlInUseKeepsItsClientWhileOthersComeAndGo() {
    ConnectorClient emea = client("https://smba.trafficmanager.net/emea/");
    for (int i = 0; i < 3 * TeamsBotAdapter.MAX_CLIENTS; i++) {
      client("http://flood-" + i + ".example/");
      if (i % 100 == 0) {
        assertThat(client("https://smba.trafficmanager.net/emea/")).isSameAs(emea);
      }
    }

    assertThat(client("https://smba.trafficmanager.net/emea/")).isSameAs(emea);
  }

  private ConnectorClient client(String serviceUrl) {
    return adapter.getOrCreateConnectorClient(serviceUrl, MicrosoftAppCredentials.empty()).join();
  }
}
