package no.samspill.adapter.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The adapter and bot behind {@code /api/messages}, or nothing when Teams is not configured. */
record TeamsEndpoint(TeamsBotAdapter adapter, TeamsBot bot, Duration turnTimeout) {

  static TeamsEndpoint disabled() {
    return new TeamsEndpoint(null, null, Duration.ZERO);
  }

  boolean enabled() {
    return adapter != null;
  }

  CompletableFuture<InvokeResponse> process(String authHeader, Activity activity) {
    return adapter.processIncomingActivity(authHeader, activity, bot);
  }
}
