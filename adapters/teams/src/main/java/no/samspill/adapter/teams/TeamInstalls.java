package no.samspill.adapter.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.teams.ChannelInfo;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers the teams the bot was added to and their channels, so a digest can be posted there. */
class TeamInstalls {

  private static final Logger log = LoggerFactory.getLogger(TeamInstalls.class);

  private final TeamsConversations conversations;
  private final Clock clock;
  private final Duration timeout;

  TeamInstalls(TeamsConversations conversations, Clock clock, Duration timeout) {
    this.conversations = conversations;
    this.clock = clock;
    this.timeout = timeout;
  }

  /** Called on our executor when the bot joins a team: records every channel Teams lists. */
  void recordTeam(TurnContext turn) {
    Activity activity = turn.getActivity();
    recordChannel(activity);
    TeamsChannelData data = IncomingActivities.teamsData(activity);
    if (data == null || data.getTeam() == null) {
      return;
    }
    try {
      List<ChannelInfo> channels =
          TeamsInfo.getTeamChannels(turn, data.getTeam().getId())
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      for (ChannelInfo channel : channels) {
        save(activity, data, channel.getId(), channel.getName());
      }
    } catch (ExecutionException | TimeoutException e) {
      log.warn(
          "Could not list the channels of a new team; only this one is recorded: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Records the channel an activity came from (also refreshes its service URL). */
  void recordChannel(Activity activity) {
    TeamsChannelData data = IncomingActivities.teamsData(activity);
    IncomingActivities.place(activity)
        .ifPresent(
            place ->
                save(
                    activity,
                    data,
                    place.conversationId(),
                    data == null || data.getChannel() == null
                        ? null
                        : data.getChannel().getName()));
  }

  private void save(Activity activity, TeamsChannelData data, String conversationId, String name) {
    conversations.saveChannel(
        new TeamsConversations.TeamChannel(
            conversationId,
            IncomingActivities.tenantId(activity),
            data == null || data.getTeam() == null ? null : data.getTeam().getId(),
            data == null || data.getTeam() == null ? null : data.getTeam().getName(),
            name,
            activity.getServiceUrl(),
            activity.getRecipient() == null ? null : activity.getRecipient().getId(),
            clock.instant()));
  }
}
