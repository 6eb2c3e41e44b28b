package no.samspill.adapter.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.Cases;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.casework.Meetings;
import no.samspill.core.casework.PoliticalBodies;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.privacy.AuditActor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/** Looks ids up within the tenant in the path; another tenant's id is simply not found. */
@Component
class TenantScope {

  /** For ids, names, roles, titles and zones. */
  static final int NAME_LENGTH = 200;

  /** RFC 5321's limit on a forward path. */
  static final int EMAIL_LENGTH = 254;

  private final Tenants tenants;
  private final Leaders leaders;
  private final PoliticalBodies bodies;
  private final Meetings meetings;
  private final Cases cases;

  TenantScope(
      Tenants tenants, Leaders leaders, PoliticalBodies bodies, Meetings meetings, Cases cases) {
    this.tenants = tenants;
    this.leaders = leaders;
    this.bodies = bodies;
    this.meetings = meetings;
    this.cases = cases;
  }

  TenantId tenant(String id) {
    TenantId tenant = new TenantId(id);
    if (tenants.findById(tenant).isEmpty()) {
      throw new NotFoundException("Unknown tenant '" + id + "'");
    }
    return tenant;
  }

  PoliticalBody body(TenantId tenant, String id) {
    return bodies
        .findById(tenant, new BodyId(required(id, "bodyId")))
        .orElseThrow(() -> new NotFoundException("Unknown body '" + id + "'"));
  }

  Meeting meeting(TenantId tenant, String id) {
    return meetings
        .findById(tenant, new MeetingId(required(id, "meetingId")))
        .orElseThrow(() -> new NotFoundException("Unknown meeting '" + id + "'"));
  }

  PoliticalCase politicalCase(TenantId tenant, String id) {
    return cases
        .findById(tenant, new CaseId(required(id, "caseId")))
        .orElseThrow(() -> new NotFoundException("Unknown case '" + id + "'"));
  }

  Leader leader(TenantId tenant, String id) {
    return leaders
        .findById(new LeaderId(required(id, "leaderId")))
        .filter(l -> l.tenantId().equals(tenant))
        .orElseThrow(() -> new NotFoundException("Unknown leader '" + id + "'"));
  }

  /** As {@link #caller(TenantId, HttpServletRequest)}, for the tenant in the request's path. */
  Language caller(HttpServletRequest request) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (vars instanceof Map<?, ?> map && map.get("tenantId") instanceof String id) {
      return caller(new TenantId(id), request);
    }
    return caller(new TenantId("unknown"), request);
  }

  /**
   * The language to answer the caller in: a coordinator's own, else the operator's Accept-Language
   * when it names one of ours, else the tenant's.
   */
  Language caller(TenantId tenant, HttpServletRequest request) {
    if (request.getAttribute(TenantAccessFilter.ACTOR) instanceof AuditActor actor
        && actor.leader() != null) {
      Optional<Leader> leader = leaders.findById(actor.leader());
      if (leader.isPresent()) {
        return leader.get().language();
      }
    }
    String accepted = request.getHeader("Accept-Language");
    if (accepted != null && !accepted.isBlank()) {
      return Language.fromAcceptLanguage(accepted);
    }
    return tenants.findById(tenant).map(Tenant::language).orElse(Language.DEFAULT);
  }

  static String required(String value, String field) {
    return required(value, field, NAME_LENGTH);
  }

  static String required(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new BadInputException("The field '" + field + "' is required");
    }
    return limited(value, field, maxLength).strip();
  }

  /** Null stays null; anything else must be a known zone id such as Europe/Oslo. */
  static ZoneId zone(String value, String field) {
    limited(value, field, NAME_LENGTH);
    try {
      return value == null ? null : ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new BadInputException(
          "The field '" + field + "' is not a known time zone: '" + value + "'");
    }
  }

  /** Null stays null; a text over the limit is refused before it is stored or echoed back. */
  static String limited(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new BadInputException(
          "The field '" + field + "' is longer than " + maxLength + " characters");
    }
    return value;
  }
}
