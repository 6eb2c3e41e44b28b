package no.samspill.core.conversation;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.DigestText;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.digest.PairingOptIns;
import no.samspill.core.digest.SuggestConversations;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.schedule.Nudge;
import no.samspill.core.schedule.NudgeReasons;

/** What Samspill does beyond the reflections: upcoming nudges, the digest and its channel. */
final class OutreachCommands {

  private final Tenants tenants;
  private final Cases cases;
  private final NudgeReasons reasons;
  private final DigestChannels digestChannels;
  private final ComposeWeeklyDigest composeDigest;
  private final SuggestConversations suggestConversations;
  private final PairingOptIns pairingOptIns;
  private final DigestText digestText;
  private final Clock clock;

  OutreachCommands(
      Tenants tenants,
      Cases cases,
      NudgeReasons reasons,
      DigestChannels digestChannels,
      ComposeWeeklyDigest composeDigest,
      SuggestConversations suggestConversations,
      PairingOptIns pairingOptIns,
      DigestText digestText,
      Clock clock) {
    this.tenants = tenants;
    this.cases = cases;
    this.reasons = reasons;
    this.digestChannels = digestChannels;
    this.composeDigest = composeDigest;
    this.suggestConversations = suggestConversations;
    this.pairingOptIns = pairingOptIns;
    this.digestText = digestText;
    this.clock = clock;
  }

  /** In a shared channel only channel commands apply; the reflections stay in the personal chat. */
  List<Reply> inChannel(Leader leader, IncomingMessage message) {
    Language l = leader.language();
    Optional<ChatCommand.Parsed> command = ChatCommand.parse(message.text());
    if (command.isPresent() && command.get().command() == ChatCommand.DIGEST_HERE) {
      if (!leader.coordinator()) {
        return List.of(new TextReply(Messages.get(l, "coordinator.only")));
      }
      ChannelAddress place = message.place();
      digestChannels.set(leader.tenantId(), place);
      String name = place.name() == null ? place.conversationId() : place.name();
      return List.of(new TextReply(Messages.get(l, "digest.here.done", name)));
    }
    if (command.isPresent() && command.get().command() == ChatCommand.HELP) {
      return List.of(new TextReply(HelpText.of(leader)));
    }
    return List.of(new TextReply(Messages.get(l, "channel.personal")));
  }

  /** The coming digest, shown only to the coordinator who asked, in their language. */
  List<Reply> previewDigest(Leader leader) {
    Tenant tenant = tenants.findById(leader.tenantId()).orElseThrow();
    DigestWeek week = DigestWeek.containing(clock.instant(), tenant.timeZone());
    DigestText.Rendered rendered =
        digestText.render(
            composeDigest
                .compose(tenant, week)
                .withPairings(suggestConversations.suggest(tenant.id(), week.end())),
            leader.language());
    List<SummaryReply.Line> lines = new ArrayList<>();
    for (DigestText.Section section : rendered.sections()) {
      lines.add(
          new SummaryReply.Line(
              section.heading() == null ? "" : section.heading(),
              String.join("\n", section.lines())));
    }
    return List.of(
        new SummaryReply(
            rendered.title(), lines, Messages.get(leader.language(), "digest.preview.footer")));
  }

  List<Reply> pairing(Leader leader, boolean on) {
    pairingOptIns.set(leader.tenantId(), leader.id(), on);
    return List.of(
        new TextReply(Messages.get(leader.language(), on ? "pairing.on" : "pairing.off")));
  }

  List<Reply> upcoming(Leader leader) {
    Language l = leader.language();
    // Only what will really be sent: the dispatcher asks the same reasons before it sends.
    List<Nudge> planned = reasons.upcoming(leader.id(), clock.instant(), 10);
    if (planned.isEmpty()) {
      return List.of(new TextReply(Messages.get(l, "upcoming.none")));
    }
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(l.locale());
    List<SummaryReply.Line> lines = new ArrayList<>();
    for (Nudge nudge : planned) {
      String what =
          switch (nudge.kind()) {
            case REMINDER -> Messages.get(l, "upcoming.reminder");
            case REMIND_LATER -> Messages.get(l, "upcoming.later");
            case MEETING_ENDED -> Messages.get(l, "upcoming.meetingEnded");
            case CASE_FLOW, DIGEST_FOLLOW_UP ->
                Messages.get(l, "phase." + nudge.phase().name().toLowerCase(Locale.ROOT));
          };
      String subject =
          nudge.caseId() == null
              ? ""
              : " · "
                  + cases
                      .findById(leader.tenantId(), nudge.caseId())
                      .map(PoliticalCase::title)
                      .orElse("–");
      lines.add(
          new SummaryReply.Line(
              format.format(nudge.dueAt().atZone(leader.timeZone())), what + subject));
    }
    return List.of(new SummaryReply(Messages.get(l, "upcoming.title"), lines, null));
  }
}
