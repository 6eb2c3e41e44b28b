package no.samspill.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

public class InMemoryCases implements Cases {

  private final Map<CaseId, PoliticalCase> cases = new LinkedHashMap<>();

  @Override
  public Optional<PoliticalCase> findById(TenantId tenant, CaseId id) {
    return Optional.ofNullable(cases.get(id)).filter(c -> c.tenantId().equals(tenant));
  }

  @Override
  public List<PoliticalCase> findByOwner(TenantId tenant, LeaderId owner) {
    List<PoliticalCase> mine = new ArrayList<>();
    for (PoliticalCase c : cases.values()) {
      if (c.tenantId().equals(tenant) && owner.equals(c.ownerId())) {
        mine.add(c);
      }
    }
    // Newest first; among equal times the one saved last comes first.
    Collections.reverse(mine);
    mine.sort(
        Comparator.comparing(
            PoliticalCase::createdAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder())));
    return mine;
  }

  @Override
  public List<PoliticalCase> findByTenant(TenantId tenant, int limit) {
    List<PoliticalCase> all = new ArrayList<>(cases.values());
    Collections.reverse(all);
    return all.stream()
        .filter(c -> c.tenantId().equals(tenant))
        .sorted(
            Comparator.comparing(
                PoliticalCase::createdAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
        .limit(limit)
        .toList();
  }

  @Override
  public List<PoliticalCase> findByMeeting(TenantId tenant, MeetingId meeting) {
    return cases.values().stream()
        .filter(c -> c.tenantId().equals(tenant) && c.meetingIds().contains(meeting))
        .toList();
  }

  @Override
  public void save(PoliticalCase politicalCase) {
    cases.put(politicalCase.id(), politicalCase);
  }

  public List<PoliticalCase> all() {
    return List.copyOf(cases.values());
  }
}
