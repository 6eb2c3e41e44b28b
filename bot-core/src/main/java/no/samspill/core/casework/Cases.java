package no.samspill.core.casework;

import java.util.List;
import java.util.Optional;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;

/** Port: the cases of each tenant. */
public interface Cases {
  Optional<PoliticalCase> findById(TenantId tenant, CaseId id);

  /** The leader's cases, newest first. */
  List<PoliticalCase> findByOwner(TenantId tenant, LeaderId owner);

  /** The tenant's cases, newest first, at most {@code limit}. */
  List<PoliticalCase> findByTenant(TenantId tenant, int limit);

  /** The cases treated in the meeting, whoever owns them. */
  List<PoliticalCase> findByMeeting(TenantId tenant, MeetingId meeting);

  void save(PoliticalCase politicalCase);
}
