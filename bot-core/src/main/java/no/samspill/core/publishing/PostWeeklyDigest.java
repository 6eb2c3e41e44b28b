package no.samspill.core.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.delivery.ChannelRouter;
import no.samspill.core.delivery.Delivery;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.Digest;
import no.samspill.core.digest.DigestCharts;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.digest.SuggestConversations;
import no.samspill.core.directory.ChannelAddress;
import no.samspill.core.directory.DigestChannels;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;

/**
 * Use case: once a tenant's digest time of the week has come (default Friday 13:00), composes and
 * posts its digest to each of its digest channels and to its archive — once per tenant and week,
 * whichever instance or retry gets there first.
 */
public class PostWeeklyDigest {

  /** This instance's name and how long a claim on a digest holds. */
  public record Settings(String instance, Duration lease) {}

  /**
   * This week's digest as it would be posted now, in the tenant's language, with when it is due,
   * where it goes, and the posted one when this week's is already out.
   */
  public record Preview(
      DigestWeek week,
      Instant dueAt,
      Instant nextDueAt,
      Language language,
      DigestText.Rendered rendered,
      String chartAltText,
      List<ChannelAddress> channels,
      Optional<ArchivedDigest> posted) {

    public boolean hasChart() {
      return chartAltText != null;
    }
  }

  private final Tenants tenants;
  private final SchedulePolicies policies;
  private final DigestChannels digestChannels;
  private final ComposeWeeklyDigest compose;
  private final SuggestConversations suggestConversations;
  private final PlanFollowUps planFollowUps;
  private final DigestText text;
  private final DigestCharts charts;
  private final DigestPosts posts;
  private final ChannelRouter channels;
  private final Settings settings;
  private final Clock clock;

  public PostWeeklyDigest(
      Tenants tenants,
      SchedulePolicies policies,
      DigestChannels digestChannels,
      ComposeWeeklyDigest compose,
      SuggestConversations suggestConversations,
      PlanFollowUps planFollowUps,
      DigestText text,
      DigestCharts charts,
      DigestPosts posts,
      ChannelRouter channels,
      Settings settings,
      Clock clock) {
    this.tenants = tenants;
    this.policies = policies;
    this.digestChannels = digestChannels;
    this.compose = compose;
    this.suggestConversations = suggestConversations;
    this.planFollowUps = planFollowUps;
    this.text = text;
    this.charts = charts;
    this.posts = posts;
    this.channels = channels;
    this.settings = settings;
    this.clock = clock;
  }

  /** Posts every digest that is due and not yet posted; returns how many this call posted. */
  public int postDue() {
    int posted = 0;
    for (Tenant tenant : tenants.findAll()) {
      if (postIfDue(tenant)) {
        posted++;
      }
    }
    return posted;
  }

  boolean postIfDue(Tenant tenant) {
    SchedulePolicy policy = policies.of(tenant.id());
    Instant now = clock.instant();
    DigestWeek week = DigestWeek.containing(now, policy.digestZone());
    if (now.isBefore(digestMoment(week, policy))) {
      return false;
    }
    return post(tenant, week, now);
  }

  /**
   * Posts the tenant's digest of this week at once, before its time (the demo's "post now"); false
   * when the tenant is unknown or this week's digest is already posted or being posted.
   */
  public boolean postNow(TenantId id) {
    Optional<Tenant> tenant = tenants.findById(id);
    if (tenant.isEmpty()) {
      return false;
    }
    Instant now = clock.instant();
    return post(tenant.get(), DigestWeek.containing(now, policies.of(id).digestZone()), now);
  }

  /** This week's digest composed as {@link #postNow} would post it, without posting anything. */
  public Optional<Preview> preview(TenantId id) {
    Optional<Tenant> tenant = tenants.findById(id);
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    SchedulePolicy policy = policies.of(id);
    Instant now = clock.instant();
    DigestWeek week = DigestWeek.containing(now, policy.digestZone());
    Digest digest = compose(tenant.get(), week, now);
    Language language = tenant.get().language();
    return Optional.of(
        new Preview(
            week,
            digestMoment(week, policy),
            digestMoment(DigestWeek.containing(week.end(), policy.digestZone()), policy),
            language,
            text.render(digest, language),
            digest.conflict() == null ? null : Messages.get(language, "digest.chart.alt"),
            digestChannels.find(id),
            posts.archived(id, week.key())));
  }

  /** The chart of this week's digest as it would be posted now; null when it has none. */
  public byte[] previewChart(TenantId id) {
    Optional<Tenant> tenant = tenants.findById(id);
    if (tenant.isEmpty()) {
      return null;
    }
    Instant now = clock.instant();
    DigestWeek week = DigestWeek.containing(now, policies.of(id).digestZone());
    return post(compose(tenant.get(), week, now), tenant.get().language()).imagePng();
  }

  /** One composition for the post and its preview, so the preview is what goes out. */
  private Digest compose(Tenant tenant, DigestWeek week, Instant now) {
    return compose
        .compose(tenant, week)
        .withPairings(suggestConversations.suggest(tenant.id(), now));
  }

  private boolean post(Tenant tenant, DigestWeek week, Instant now) {
    String key = tenant.id().value() + "|" + week.key();
    if (!posts.claim(key, now, settings.lease(), settings.instance())) {
      return false;
    }
    Digest digest = compose(tenant, week, now);
    DigestText.Rendered rendered = text.render(digest, tenant.language());
    ChannelPost post = post(digest, rendered, tenant.language());
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (ChannelAddress address : digestChannels.find(tenant.id())) {
      Delivery delivery = channels.post(address, post);
      outcomes.put(
          address.channel(),
          delivery.outcome() + (delivery.detail() == null ? "" : ": " + delivery.detail()));
    }
    // The web archive is a delivery target of its own, so a tenant without a channel keeps it too.
    outcomes.put("archive", "DELIVERED");
    posts.finish(
        key,
        settings.instance(),
        outcomes.toString(),
        new ArchivedDigest(
            tenant.id(),
            week.key(),
            rendered.title(),
            rendered.sections(),
            post.imagePng(),
            post.imageAltText(),
            clock.instant()));
    if (!digest.lessons().isEmpty()) {
      planFollowUps.afterDigest(tenant, week, now);
    }
    return true;
  }

  /** The digest as a channel post: title, text and, when there is a pattern, the chart. */
  public ChannelPost post(Digest digest, Language language) {
    return post(digest, text.render(digest, language), language);
  }

  private ChannelPost post(Digest digest, DigestText.Rendered rendered, Language language) {
    byte[] chart = digest.conflict() == null ? null : conflictChart(digest.conflict(), language);
    return new ChannelPost(
        rendered.title(),
        rendered.asText(),
        chart,
        chart == null ? null : Messages.get(language, "digest.chart.alt"));
  }

  private byte[] conflictChart(Digest.ConflictPattern pattern, Language l) {
    Map<String, String> labels = text.conflictModes(l);
    List<String> modes = text.modesIn(pattern, l);
    List<String> categories = new ArrayList<>();
    List<Integer> planned = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    for (String mode : modes) {
      categories.add(labels.get(mode));
      planned.add(pattern.planned().getOrDefault(mode, 0));
      used.add(pattern.used().getOrDefault(mode, 0));
    }
    Map<String, List<Integer>> series = new LinkedHashMap<>();
    series.put(Messages.get(l, "digest.chart.planned"), planned);
    series.put(Messages.get(l, "digest.chart.used"), used);
    return charts.barChart(Messages.get(l, "digest.chart.title"), categories, series);
  }

  private static Instant digestMoment(DigestWeek week, SchedulePolicy policy) {
    ZoneId zone = policy.digestZone();
    return week.start()
        .atZone(zone)
        .toLocalDate()
        .with(TemporalAdjusters.nextOrSame(policy.digestDay()))
        .atTime(policy.digestTime())
        .atZone(zone)
        .toInstant();
  }
}
