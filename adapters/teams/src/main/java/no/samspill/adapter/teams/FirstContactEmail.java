package no.samspill.adapter.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.samspill.core.directory.EmailLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams puts no e-mail on activities: the engine asks for it when nobody is linked to the sender
 * yet, so a leader the coordinator registered by e-mail is linked rather than created twice. Asked
 * in a personal chat only; remembers whether it was asked at all (the sender was new).
 */
final class FirstContactEmail implements EmailLookup {

  private static final Logger log = LoggerFactory.getLogger(FirstContactEmail.class);

  private final TurnContext turn;
  private final Activity activity;
  private final Duration timeout;
  private volatile boolean asked;

  FirstContactEmail(TurnContext turn, Activity activity, Duration timeout) {
    this.turn = turn;
    this.activity = activity;
    this.timeout = timeout;
  }

  boolean asked() {
    return asked;
  }

  @Override
  public String email() {
    asked = true;
    if (!IncomingActivities.isPersonal(activity)) {
      return null;
    }
    try {
      TeamsChannelAccount member =
          TeamsInfo.getMember(turn, activity.getFrom().getId())
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return member.getEmail() != null ? member.getEmail() : member.getUserPrincipalName();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      log.info("No e-mail for a new Teams user, linking by Teams id only: {}", e.toString());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
