package no.samspill.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.io.IOException;
import java.util.Optional;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Leaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is who: a known Slack user is just their identity; a new one is described by users.info
 * (name, e-mail, locale, time zone) so the engine can create them as a leader.
 */
final class SlackUsers {

  static final String CHANNEL = "slack";

  private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);

  private final Slack slack;
  private final Leaders leaders;

  SlackUsers(Slack slack, Leaders leaders) {
    this.slack = slack;
    this.leaders = leaders;
  }

  static ChatIdentity identity(String teamId, String userId) {
    return new ChatIdentity(CHANNEL, teamId, userId);
  }

  ChatUser user(String token, String teamId, String userId, String workspaceName) {
    ChatIdentity identity = identity(teamId, userId);
    if (leaders.findByIdentity(identity).isPresent()) {
      return ChatUser.of(identity);
    }
    try {
      UsersInfoResponse info =
          slack.methods(token).usersInfo(r -> r.user(userId).includeLocale(true));
      if (!info.isOk()) {
        log.warn("users.info failed for a new Slack user: {}", info.getError());
        return new ChatUser(identity, null, null, null, null, workspaceName);
      }
      User u = info.getUser();
      User.Profile p = u.getProfile();
      String name =
          p == null ? u.getRealName() : firstNonBlank(p.getRealName(), p.getDisplayName());
      String email = p == null ? null : p.getEmail();
      return new ChatUser(
          identity,
          firstNonBlank(name, u.getName()),
          email,
          u.getLocale(),
          u.getTz(),
          workspaceName);
    } catch (IOException | SlackApiException e) {
      log.warn("users.info failed for a new Slack user: {}", e.getMessage());
      return new ChatUser(identity, null, null, null, null, workspaceName);
    }
  }

  Optional<Leader> leader(String teamId, String userId) {
    return leaders.findByIdentity(identity(teamId, userId)).flatMap(leaders::findById);
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
