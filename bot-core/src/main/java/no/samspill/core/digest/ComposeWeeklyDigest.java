package no.samspill.core.digest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.catalogue.Measure;
import no.samspill.core.catalogue.Prompt;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.catalogue.Theme;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.Nudges;
import no.samspill.core.schedule.SchedulePolicies;

/**
 * Use case: composes a tenant's digest for a week from the reflections its leaders chose to share.
 * Private reflections are never read; every lesson is masked; a count, and an anonymous lesson's
 * role, needs the tenant's anonymity threshold of people behind it (at least three).
 */
public class ComposeWeeklyDigest {

  static final int MAX_LESSONS = 6;

  private final Reflections reflections;
  private final Leaders leaders;
  private final Nudges nudges;
  private final SchedulePolicies policies;
  private final KnownPoliticians politicians;
  private final PromptCatalogue catalogue;
  private final Summariser summariser;

  public ComposeWeeklyDigest(
      Reflections reflections,
      Leaders leaders,
      Nudges nudges,
      SchedulePolicies policies,
      KnownPoliticians politicians,
      PromptCatalogue catalogue,
      Summariser summariser) {
    this.reflections = reflections;
    this.leaders = leaders;
    this.nudges = nudges;
    this.policies = policies;
    this.politicians = politicians;
    this.catalogue = catalogue;
    this.summariser = summariser;
  }

  public Digest compose(Tenant tenant, DigestWeek week) {
    List<Reflection> shared = shared(tenant, week);
    List<Reflection> lastWeek = shared(tenant, week.previous(tenant.timeZone()));
    Map<LeaderId, Leader> authors = new HashMap<>();
    for (Reflection r : shared) {
      leaders.findById(r.leaderId()).ifPresent(l -> authors.put(l.id(), l));
    }
    NameMasker masker = new NameMasker(politicians.names(tenant.id()));
    int k = policies.of(tenant.id()).anonymityThreshold();
    Crediting credit = new Crediting(holders(tenant), k);
    Map<Theme, List<Digest.Lesson>> lessons = lessons(shared, authors, masker, credit);
    String nextStep =
        lessons.values().stream()
            .flatMap(List::stream)
            .map(Digest.Lesson::text)
            .findFirst()
            .orElse(null);
    return new Digest(
        tenant.id(),
        week,
        lessons,
        conflict(shared, k),
        trust(shared, lastWeek, k),
        participation(tenant, week, shared, lastWeek, k),
        nextStep,
        List.of(),
        lessonsUsed(shared, k),
        k);
  }

  /** How many of the tenant's leaders hold each role, by the role's normalised name. */
  private Map<String, Integer> holders(Tenant tenant) {
    Map<String, Integer> counts = new HashMap<>();
    for (Leader leader : leaders.findByTenant(tenant.id())) {
      if (leader.role() != null && !leader.role().isBlank()) {
        counts.merge(roleKey(leader.role()), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String roleKey(String role) {
    return role.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Only completed reflections shared anonymously or with a name, from this tenant and week. */
  private List<Reflection> shared(Tenant tenant, DigestWeek week) {
    return reflections.findShared(tenant.id(), week.start(), week.end()).stream()
        .filter(r -> r.tenantId().equals(tenant.id()))
        .filter(r -> r.share() != ShareChoice.PRIVATE)
        .toList();
  }

  private Map<Theme, List<Digest.Lesson>> lessons(
      List<Reflection> shared, Map<LeaderId, Leader> authors, NameMasker masker, Crediting credit) {
    Map<Theme, List<String>> texts = new EnumMap<>(Theme.class);
    Map<String, Digest.Credit> creditOf = new HashMap<>();
    for (Reflection r : shared) {
      for (Answer a : r.answers()) {
        if (!Measure.LESSON.name().equals(a.measure()) || a.text() == null) {
          continue;
        }
        Leader author = authors.get(r.leaderId());
        String masked = credit.maskRareRole(r, author, masker.mask(a.text()));
        texts
            .computeIfAbsent(LessonThemes.of(masked, themeOf(a.promptId())), t -> new ArrayList<>())
            .add(masked);
        creditOf.putIfAbsent(
            ExtractiveSummariser.shorten(ExtractiveSummariser.firstSentence(masked.strip())),
            credit.of(r, author));
      }
    }
    Map<Theme, List<Digest.Lesson>> lessons = new EnumMap<>(Theme.class);
    texts.forEach(
        (theme, list) -> {
          List<Digest.Lesson> kept = new ArrayList<>();
          for (String text : summariser.summarise(list, MAX_LESSONS)) {
            kept.add(new Digest.Lesson(text, creditOf.getOrDefault(text, Digest.Credit.A_LEADER)));
          }
          if (!kept.isEmpty()) {
            lessons.put(theme, kept);
          }
        });
    return lessons;
  }

  /**
   * Credits a named lesson to its author's name and role; an anonymous one to the role only when at
   * least k of the tenant's leaders hold it, else to "a leader" (leaders have no sector or area in
   * the data, so there is no broader group to fall back on).
   */
  private record Crediting(Map<String, Integer> holders, int k) {

    Digest.Credit of(Reflection r, Leader author) {
      String role = author == null || author.role() == null ? "" : author.role().strip();
      if (r.share() == ShareChoice.NAMED && author != null) {
        return new Digest.Credit(author.name(), role.isEmpty() ? null : role);
      }
      return role.isEmpty() || rare(role) ? Digest.Credit.A_LEADER : new Digest.Credit(null, role);
    }

    /** An anonymous lesson that names its author's rare role would name its author. */
    String maskRareRole(Reflection r, Leader author, String text) {
      String role = author == null || author.role() == null ? "" : author.role().strip();
      if (r.share() == ShareChoice.NAMED || role.isEmpty() || !rare(role)) {
        return text;
      }
      return Pattern.compile(
              Pattern.quote(role).replace(" ", "\\E\\s+\\Q"),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
          .matcher(text)
          .replaceAll(Matcher.quoteReplacement(NameMasker.MASK));
    }

    private boolean rare(String role) {
      return holders.getOrDefault(roleKey(role), 0) < k;
    }
  }

  private Theme themeOf(String promptId) {
    return catalogue.flows().stream()
        .flatMap(f -> f.prompts().stream())
        .filter(p -> p.id().equals(promptId))
        .map(Prompt::theme)
        .filter(t -> t != null)
        .findFirst()
        .orElse(Theme.PREPARATION);
  }

  private static Digest.ConflictPattern conflict(List<Reflection> shared, int k) {
    Map<String, Integer> planned = new HashMap<>();
    Map<String, Integer> used = new HashMap<>();
    Set<LeaderId> people = new HashSet<>();
    for (Reflection r : shared) {
      for (Answer a : r.answers()) {
        if (a.option() == null) {
          continue;
        }
        if (Measure.CONFLICT_PLANNED.name().equals(a.measure())) {
          planned.merge(a.option(), 1, Integer::sum);
          people.add(r.leaderId());
        } else if (Measure.CONFLICT_USED.name().equals(a.measure())) {
          used.merge(a.option(), 1, Integer::sum);
          people.add(r.leaderId());
        }
      }
    }
    return people.size() < k ? null : new Digest.ConflictPattern(planned, used, people.size());
  }

  private static Digest.TrustPattern trust(
      List<Reflection> shared, List<Reflection> lastWeek, int k) {
    Scale now = Scale.of(shared, Measure.TRUST_CHANGE);
    if (now.people() < k) {
      return null;
    }
    Scale before = Scale.of(lastWeek, Measure.TRUST_CHANGE);
    return new Digest.TrustPattern(
        now.average(), before.people() < k ? null : before.average(), now.answers(), now.people());
  }

  private Digest.Participation participation(
      Tenant tenant, DigestWeek week, List<Reflection> shared, List<Reflection> lastWeek, int k) {
    long people = shared.stream().map(Reflection::leaderId).distinct().count();
    if (people < k) {
      return null;
    }
    long peopleBefore = lastWeek.stream().map(Reflection::leaderId).distinct().count();
    return new Digest.Participation(
        nudges.countSent(tenant.id(), week.start(), week.end()),
        shared.size(),
        peopleBefore < k ? null : lastWeek.size(),
        (int) people);
  }

  private static Digest.LessonsUsed lessonsUsed(List<Reflection> shared, int k) {
    Map<String, Integer> counts = new HashMap<>();
    Set<LeaderId> people = new HashSet<>();
    for (Reflection r : shared) {
      for (Answer a : r.answers()) {
        if (Measure.LESSON_USED.name().equals(a.measure()) && a.option() != null) {
          counts.merge(a.option(), 1, Integer::sum);
          people.add(r.leaderId());
        }
      }
    }
    return people.size() < k
        ? null
        : new Digest.LessonsUsed(
            counts.getOrDefault("yes", 0), counts.getOrDefault("partly", 0),
            counts.getOrDefault("no", 0), people.size());
  }

  /** The answers to one scale measure: their average and how many people gave them. */
  private record Scale(double average, int answers, int people) {
    static Scale of(List<Reflection> reflections, Measure measure) {
      int sum = 0;
      int count = 0;
      Set<LeaderId> people = new HashSet<>();
      for (Reflection r : reflections) {
        for (Answer a : r.answers()) {
          if (measure.name().equals(a.measure()) && a.scale() != null) {
            sum += a.scale();
            count++;
            people.add(r.leaderId());
          }
        }
      }
      return new Scale(count == 0 ? 0 : (double) sum / count, count, people.size());
    }
  }
}
