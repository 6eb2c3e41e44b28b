package no.samspill.core.delivery;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.samspill.core.StorageUnavailableException;
import no.samspill.core.conversation.Reply;
import no.samspill.core.delivery.Reach.Problem;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import org.junit.jupiter.api.Test;

/**
 * Whom Samspill can reach unprompted, per the platform a nudge would go on: the leader's first
 * linked platform that is set up, and what that platform knows against them, read once for all.
 */
class ChannelRouterReachTest {

  private final Leader onTeams = aLeader().withIdentity(id("teams", "aad-1")).build();
  private final Leader removedApp = aLeader().withIdentity(id("teams", "aad-2")).build();
  private final Leader onSlackOnly = aLeader().withIdentity(id("slack", "U1")).build();
  private final Leader neverWrote = aLeader().withoutIdentity().build();

  @Test
  void eachLeaderIsReachableOnTheirPlatformUnlessItSaysOtherwise() {
    Platform teams = new Platform("teams", who -> Map.of(removedApp.id(), Problem.APP_REMOVED));

    Map<LeaderId, Reach> reach =
        new ChannelRouter(List.of(teams))
            .reach(List.of(onTeams, removedApp, onSlackOnly, neverWrote));

    assertThat(reach)
        .containsEntry(onTeams.id(), Reach.on("teams"))
        .containsEntry(removedApp.id(), new Reach("teams", Problem.APP_REMOVED))
        .containsEntry(onSlackOnly.id(), new Reach("slack", Problem.PLATFORM_NOT_SET_UP))
        .containsEntry(neverWrote.id(), new Reach(null, Problem.NO_CHAT_IDENTITY));
    assertThat(reach.get(onTeams.id()).reachable()).isTrue();
    assertThat(teams.asked).as("one question for all its leaders").hasSize(1);
    assertThat(teams.asked.get(0)).containsExactlyInAnyOrder(onTeams, removedApp);
  }

  @Test
  void aPlatformWhoseStoreIsAwaySaysNothingAgainstAnyone() {
    Platform teams =
        new Platform(
            "teams",
            who -> {
              throw new StorageUnavailableException(new java.io.IOException("test: away"));
            });

    Map<LeaderId, Reach> reach =
        new ChannelRouter(List.of(teams)).reach(List.of(onTeams, neverWrote));

    assertThat(reach)
        .containsEntry(onTeams.id(), Reach.on("teams"))
        .containsEntry(neverWrote.id(), new Reach(null, Problem.NO_CHAT_IDENTITY));
  }

  private static ChatIdentity id(String channel, String user) {
    return new ChatIdentity(channel, "workspace", user);
  }

  /** A platform that knows what its function says about the leaders it is asked about. */
  private static final class Platform implements ChatChannel {
    private final String name;
    private final Function<Collection<Leader>, Map<LeaderId, Problem>> knows;
    final List<List<Leader>> asked = new ArrayList<>();

    Platform(String name, Function<Collection<Leader>, Map<LeaderId, Problem>> knows) {
      this.name = name;
      this.knows = knows;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Map<LeaderId, Problem> problems(Collection<Leader> leaders) {
      asked.add(List.copyOf(leaders));
      return knows.apply(leaders);
    }

    @Override
    public Delivery send(Leader leader, List<Reply> replies) {
      return Delivery.delivered();
    }

    @Override
    public Delivery post(ChannelAddress address, ChannelPost post) {
      return Delivery.delivered();
    }
  }
}
