package no.samspill.adapter.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.Slack;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samspill.core.casework.CaseStatus;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.Leader;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;

/** App Home: the leader's cases, upcoming meetings, recent reflections and language setting. */
final class AppHome {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final int SHOWN = 5;

  /** The read ports the home view needs. */
  record Ports(Cases cases, Meetings meetings, PoliticalBodies bodies, Reflections reflections) {}

  private final SlackUsers users;
  private final SlackSender sender;
  private final Slack slack;
  private final Ports ports;
  private final Clock clock;

  AppHome(SlackUsers users, SlackSender sender, Slack slack, Ports ports, Clock clock) {
    this.users = users;
    this.sender = sender;
    this.slack = slack;
    this.ports = ports;
    this.clock = clock;
  }

  void publish(String token, String teamId, String userId) {
    View view = view(users.leader(teamId, userId));
    sender.publishHome(token, userId, view);
  }

  View view(Optional<Leader> leader) {
    Language l = leader.map(Leader::language).orElse(Language.DEFAULT);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(SlackText.HOME_TITLE.in(l)))));
    blocks.add(section(s -> s.text(markdownText(SlackText.HOME_INTRO.in(l)))));
    leader.ifPresent(
        it -> {
          String none = SlackText.HOME_NONE.in(l);
          list(blocks, SlackText.HOME_CASES.in(l), cases(it), none);
          list(blocks, SlackText.HOME_MEETINGS.in(l), meetings(it), none);
          list(blocks, SlackText.HOME_REFLECTIONS.in(l), reflections(it), none);
        });
    blocks.add(divider());
    blocks.add(section(s -> s.text(markdownText("*" + SlackText.HOME_LANGUAGE.in(l) + "*"))));
    List<BlockElement> languages = new ArrayList<>();
    for (Language option : Language.values()) {
      languages.add(
          ButtonElement.builder()
              .actionId(BlockKit.LANGUAGE + option.code())
              .text(plainText(option.nativeName()))
              .value(option.code())
              .style(option == l && leader.isPresent() ? "primary" : null)
              .build());
    }
    blocks.add(actions(a -> a.blockId("language").elements(languages)));
    return View.builder().type("home").blocks(blocks).build();
  }

  private List<String> cases(Leader leader) {
    return ports.cases().findByOwner(leader.tenantId(), leader.id()).stream()
        .filter(c -> c.status() != CaseStatus.DECIDED)
        .limit(SHOWN)
        .map(c -> c.caseNumber() == null ? c.title() : c.title() + " (" + c.caseNumber() + ")")
        .toList();
  }

  private List<String> meetings(Leader leader) {
    ZoneId zone = leader.timeZone();
    return ports.meetings().findUpcoming(leader.tenantId(), clock.instant(), SHOWN).stream()
        .map(m -> WHEN.format(m.start().atZone(zone)) + " – " + name(leader, m))
        .toList();
  }

  private String name(Leader leader, Meeting meeting) {
    if (meeting.title() != null && !meeting.title().isBlank()) {
      return meeting.title();
    }
    return ports
        .bodies()
        .findById(leader.tenantId(), meeting.bodyId())
        .map(PoliticalBody::name)
        .orElse("?");
  }

  private List<String> reflections(Leader leader) {
    Language l = leader.language();
    return ports.reflections().findByLeader(leader.id(), SHOWN).stream()
        .map(
            r ->
                DAY.format(r.startedAt().atZone(leader.timeZone()))
                    + " – "
                    + phase(r, l)
                    + ", "
                    + status(r, l))
        .toList();
  }

  private static String phase(Reflection r, Language l) {
    // The core's phase names, so the App Home says what the chat says.
    return Messages.get(l, "phase." + r.phase().name().toLowerCase(Locale.ROOT));
  }

  private static String status(Reflection r, Language l) {
    String key = "status." + r.status().name().toLowerCase(Locale.ROOT);
    return Messages.has(l, key) ? Messages.get(l, key) : r.status().name();
  }

  private static void list(
      List<LayoutBlock> blocks, String title, List<String> lines, String none) {
    blocks.add(divider());
    StringBuilder text = new StringBuilder("*").append(title).append("*\n");
    if (lines.isEmpty()) {
      text.append("_").append(none).append("_");
    }
    lines.forEach(line -> text.append("• ").append(BlockKit.escape(line)).append("\n"));
    blocks.add(section(s -> s.text(markdownText(BlockKit.shorten(text.toString(), 2900)))));
  }
}
