package no.samspill.adapter.console;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.TenantId;
import no.samspill.core.retention.ChangeRetentionPolicy;
import no.samspill.core.retention.RetentionPolicies;
import no.samspill.core.retention.RetentionPolicy;
import no.samspill.core.schedule.ChangeSchedulePolicy;
import no.samspill.core.schedule.SchedulePolicies;
import no.samspill.core.schedule.SchedulePolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Innstillinger: the schedule policy, the anonymity threshold and the retention policy. The form is
 * read and checked in full first, by the same rules as the admin API's; a field that cannot be read
 * or breaks a rule is shown beside it and nothing is saved, neither policy.
 */
@Controller
@RequestMapping("/console/settings")
class SettingsPage {

  /** The form as posted: texts, read here, so a wrong one can be shown back as it was typed. */
  record SettingsForm(
      String workStart,
      String workEnd,
      String preLeadDays,
      Map<String, String> leadDays,
      String afterMeetingHours,
      String closedDays,
      String digestDay,
      String digestTime,
      String anonymityThreshold,
      String reflectionMonths,
      String digestMonths,
      String nudgeMonths,
      String auditMonths) {

    static SettingsForm of(SchedulePolicy policy, RetentionPolicy retention) {
      Map<String, String> lead = new LinkedHashMap<>();
      for (BodyKind kind : BodyKind.values()) {
        Integer days = policy.preLeadDaysByBody().get(kind);
        lead.put(kind.name(), days == null ? "" : days.toString());
      }
      return new SettingsForm(
          policy.workStart().toString(),
          policy.workEnd().toString(),
          Integer.toString(policy.preLeadDays()),
          lead,
          Long.toString(policy.afterMeeting().toHours()),
          policy.closedDays().stream()
              .sorted()
              .map(LocalDate::toString)
              .collect(Collectors.joining("\n")),
          policy.digestDay().name(),
          policy.digestTime().toString(),
          Integer.toString(policy.anonymityThreshold()),
          Integer.toString(retention.reflectionMonths()),
          Integer.toString(retention.digestMonths()),
          Integer.toString(retention.nudgeMonths()),
          Integer.toString(retention.auditMonths()));
    }
  }

  /** A field that could not be read, with the key of the console's text that says why. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    Unreadable(String field, String key) {
      super(key, null, false, false);
      this.field = field;
    }
  }

  private final Coordinators coordinators;
  private final SchedulePolicies policies;
  private final ChangeSchedulePolicy changePolicy;
  private final RetentionPolicies retention;
  private final ChangeRetentionPolicy changeRetention;

  SettingsPage(
      Coordinators coordinators,
      SchedulePolicies policies,
      ChangeSchedulePolicy changePolicy,
      RetentionPolicies retention,
      ChangeRetentionPolicy changeRetention) {
    this.coordinators = coordinators;
    this.policies = policies;
    this.changePolicy = changePolicy;
    this.retention = retention;
    this.changeRetention = changeRetention;
  }

  @GetMapping
  String show(Authentication authentication, Model model) {
    Leader me = coordinators.page(authentication, model, "settings");
    TenantId tenant = me.tenantId();
    return form(model, SettingsForm.of(policies.of(tenant), retention.of(tenant)), Map.of());
  }

  @PostMapping
  String save(
      Authentication authentication,
      @ModelAttribute SettingsForm form,
      HttpServletResponse response,
      Model model) {
    Leader me = coordinators.page(authentication, model, "settings");
    ConsoleText t = (ConsoleText) model.getAttribute("t");
    TenantId tenant = me.tenantId();
    try {
      SchedulePolicy schedule = read(policies.of(tenant), form);
      ChangeSchedulePolicy.check(schedule);
      ChangeRetentionPolicy.Months months = months(form);
      // Both policies are checked before either is saved, so a refusal leaves both as they were.
      changeRetention.checked(tenant, months);
      changePolicy.change(schedule);
      changeRetention.change(tenant, months);
      return "redirect:/console/settings?saved";
    } catch (Unreadable unreadable) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(
          model, form, Map.of(unreadable.field, t.m("console.invalid." + unreadable.getMessage())));
    } catch (CaseworkRefused refused) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, form, Map.of(refused.field(), refused.explanation(me.language())));
    }
  }

  private static SchedulePolicy read(SchedulePolicy old, SettingsForm form) {
    LocalTime start = time(form.workStart(), "workStart");
    LocalTime end = time(form.workEnd(), "workEnd");
    ChangeSchedulePolicy.checkWorkingHours(start, end);
    Map<BodyKind, Integer> byBody = new EnumMap<>(BodyKind.class);
    for (BodyKind kind : BodyKind.values()) {
      String typed = form.leadDays() == null ? null : form.leadDays().get(kind.name());
      if (typed != null && !typed.isBlank()) {
        byBody.put(kind, number(typed, "preLeadDaysByBody." + kind.name()));
      }
    }
    return new SchedulePolicy(
        old.tenantId(),
        number(form.preLeadDays(), "preLeadDays"),
        byBody,
        Duration.ofHours(number(form.afterMeetingHours(), "afterMeeting")),
        start,
        end,
        dates(form.closedDays()),
        old.staleAfter(),
        day(form.digestDay()),
        time(form.digestTime(), "digestTime"),
        old.digestZone(),
        threshold(form.anonymityThreshold()));
  }

  private static ChangeRetentionPolicy.Months months(SettingsForm form) {
    return new ChangeRetentionPolicy.Months(
        months(form.reflectionMonths(), RetentionPolicy.REFLECTIONS),
        months(form.digestMonths(), RetentionPolicy.DIGESTS),
        months(form.nudgeMonths(), RetentionPolicy.NUDGES),
        months(form.auditMonths(), RetentionPolicy.AUDIT));
  }

  /** A whole number, negative too: whether it is in range is the policy's rule to say. */
  private static int months(String typed, RetentionPolicy.Limits limits) {
    try {
      return Integer.parseInt(typed == null ? "" : typed.strip());
    } catch (NumberFormatException e) {
      throw new Unreadable(limits.field(), "months");
    }
  }

  private static int threshold(String typed) {
    int k = number(typed, "anonymityThreshold");
    ChangeSchedulePolicy.checkAnonymityThreshold(k);
    return k;
  }

  private static int number(String typed, String field) {
    try {
      int value = Integer.parseInt(typed == null ? "" : typed.strip());
      if (value < 0) {
        throw new Unreadable(field, "number");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new Unreadable(field, "number");
    }
  }

  private static LocalTime time(String typed, String field) {
    try {
      return LocalTime.parse(typed == null ? "" : typed.strip());
    } catch (DateTimeParseException e) {
      throw new Unreadable(field, "time");
    }
  }

  private static DayOfWeek day(String typed) {
    return Arrays.stream(DayOfWeek.values())
        .filter(d -> d.name().equals(typed))
        .findFirst()
        .orElseThrow(() -> new Unreadable("digestDay", "day"));
  }

  private static Set<LocalDate> dates(String typed) {
    Set<LocalDate> dates = new TreeSet<>();
    if (typed == null) {
      return dates;
    }
    for (String line : typed.split("[\\s,]+")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        dates.add(LocalDate.parse(line.strip()));
      } catch (DateTimeParseException e) {
        throw new Unreadable("closedDays", "date");
      }
    }
    return dates;
  }

  private static String form(Model model, SettingsForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", BodyKind.values());
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute(
        "retention",
        List.of(
            RetentionPolicy.REFLECTIONS,
            RetentionPolicy.DIGESTS,
            RetentionPolicy.NUDGES,
            RetentionPolicy.AUDIT));
    return "console/settings";
  }
}
