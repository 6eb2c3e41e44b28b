package no.samspill.core.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.casework.Cases;
import no.samspill.core.catalogue.Prompt;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;

/** Use case: a leader takes out all of their own data as JSON; the export is audited. */
public class ExportMyData {

  static final int ALL = 100_000;

  private final Cases cases;
  private final LeaderActivity activity;
  private final Reflections reflections;
  private final PromptCatalogue catalogue;
  private final AuditLog audit;
  private final PersonalDataFormat format;
  private final Clock clock;

  public ExportMyData(
      Cases cases,
      LeaderActivity activity,
      Reflections reflections,
      PromptCatalogue catalogue,
      AuditLog audit,
      PersonalDataFormat format,
      Clock clock) {
    this.cases = cases;
    this.activity = activity;
    this.reflections = reflections;
    this.catalogue = catalogue;
    this.audit = audit;
    this.format = format;
    this.clock = clock;
  }

  public String export(Leader leader) {
    audit.record(AuditEntry.own(leader, AuditEntry.EXPORT, clock.instant()));
    List<Reflection> mine = reflections.findByLeader(leader.id(), ALL);
    PersonalData data =
        new PersonalData(
            clock.instant(),
            leader,
            // Samspill holds this time about the leader too, so it is theirs to see.
            activity.lastActive(leader.tenantId()).get(leader.id()),
            cases.findByOwner(leader.tenantId(), leader.id()),
            mine,
            questions(mine, leader),
            audit.about(leader.id()));
    return format.toJson(data);
  }

  private Map<String, String> questions(List<Reflection> mine, Leader leader) {
    Map<String, Prompt> prompts = new LinkedHashMap<>();
    catalogue.flows().forEach(f -> f.prompts().forEach(p -> prompts.put(p.id(), p)));
    Map<String, String> texts = new LinkedHashMap<>();
    for (Reflection r : mine) {
      for (Answer a : r.answers()) {
        Prompt p = prompts.get(a.promptId());
        if (p != null) {
          texts.putIfAbsent(a.promptId(), p.text().in(leader.language()));
        }
      }
    }
    return texts;
  }
}
