package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.publishing.PostWeeklyDigest;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Ukesammendrag: this week's digest exactly as it will be posted (composed and rendered by the
 * posting use case itself, in the municipality's language), where and when it goes, "post now", and
 * the archive of earlier digests with their charts. The digest holds only shared lessons and
 * numbers at or above the anonymity threshold; this page shows nothing else.
 */
@Controller
@RequestMapping("/console/digest")
class DigestPage {

  /** About a term and a half of weekly digests, as on the web chat's archive page. */
  static final int SHOWN = 26;

  record Channel(String platform, String name) {}

  record Archived(String week, String title, String postedAt) {}

  record Schedule(String day, String time, String zone, String next, boolean overdue) {}

  private final Coordinators coordinators;
  private final PostWeeklyDigest digests;
  private final DigestPosts posts;
  private final SchedulePolicies policies;
  private final Tenants tenants;
  private final Clock clock;

  DigestPage(
      Coordinators coordinators,
      PostWeeklyDigest digests,
      DigestPosts posts,
      SchedulePolicies policies,
      Tenants tenants,
      Clock clock) {
    this.coordinators = coordinators;
    this.digests = digests;
    this.posts = posts;
    this.policies = policies;
    this.tenants = tenants;
    this.clock = clock;
  }

  @GetMapping
  String show(Authentication authentication, Model model) {
    return page(coordinators.page(authentication, model, "digest"), model, false);
  }

  /** Posts this week's digest once: a second click, tab or instance is told it is already out. */
  @PostMapping("/post")
  String postNow(Authentication authentication, HttpServletResponse response, Model model) {
    Leader me = coordinators.page(authentication, model, "digest");
    if (digests.postNow(me.tenantId())) {
      return "redirect:/console/digest?posted";
    }
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    return page(me, model, true);
  }

  @GetMapping("/preview/chart.png")
  ResponseEntity<byte[]> previewChart(Authentication authentication) {
    return png(digests.previewChart(coordinators.current(authentication).tenantId()));
  }

  @GetMapping("/archive/{week}")
  String archived(Authentication authentication, @PathVariable String week, Model model) {
    Leader me = coordinators.page(authentication, model, "digest");
    ArchivedDigest digest =
        posts.archived(me.tenantId(), week).orElseThrow(Coordinators.NotFoundException::new);
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    model.addAttribute("digest", digest);
    model.addAttribute("postedAt", t.time(digest.postedAt(), me.timeZone()));
    model.addAttribute(
        "digestLang",
        tenants.findById(me.tenantId()).map(x -> x.language()).orElse(Language.NB).code());
    return "console/digest-archived";
  }

  @GetMapping("/archive/{week}/chart.png")
  ResponseEntity<byte[]> archivedChart(Authentication authentication, @PathVariable String week) {
    Leader me = coordinators.current(authentication);
    return png(
        posts
            .archived(me.tenantId(), week)
            .filter(ArchivedDigest::hasChart)
            .map(ArchivedDigest::chartPng)
            .orElse(null));
  }

  private String page(Leader me, Model model, boolean refused) {
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    PostWeeklyDigest.Preview preview =
        digests.preview(me.tenantId()).orElseThrow(Coordinators.NotFoundException::new);
    SchedulePolicy policy = policies.of(me.tenantId());
    ZoneId zone = policy.digestZone();
    boolean posted = preview.posted().isPresent();
    model.addAttribute("preview", preview);
    model.addAttribute("refused", refused);
    model.addAttribute(
        "postedAt", preview.posted().map(p -> t.time(p.postedAt(), me.timeZone())).orElse(null));
    model.addAttribute(
        "schedule",
        new Schedule(
            t.m("console.day." + policy.digestDay().name()),
            policy.digestTime().toString(),
            zone.getId(),
            t.time(posted ? preview.nextDueAt() : preview.dueAt(), zone),
            !posted && !preview.dueAt().isAfter(clock.instant())));
    model.addAttribute("channels", preview.channels().stream().map(c -> channel(c, t)).toList());
    model.addAttribute("archive", archive(me, t));
    return "console/digest";
  }

  private List<Archived> archive(Leader me, ConsoleText t) {
    return posts.archive(me.tenantId(), SHOWN).stream()
        .map(d -> new Archived(d.week(), d.title(), t.time(d.postedAt(), me.timeZone())))
        .toList();
  }

  private static Channel channel(ChannelAddress address, ConsoleText t) {
    String platform = address.channel();
    String known =
        List.of("slack", "teams", "web").contains(platform)
            ? t.m("console.digest.platform." + platform)
            : platform;
    return new Channel(
        known,
        address.name() == null || address.name().isBlank()
            ? address.conversationId()
            : address.name());
  }

  private static ResponseEntity<byte[]> png(byte[] chart) {
    if (chart == null || chart.length == 0) {
      throw new Coordinators.NotFoundException();
    }
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(chart);
  }
}
