package no.samspill.core.casework;

import java.util.Objects;
import no.samspill.core.directory.TenantId;

/** An elected body (kommunestyre, formannskap, utvalg …) that treats cases in meetings. */
public record PoliticalBody(BodyId id, TenantId tenantId, String name, BodyKind kind) {
  public PoliticalBody {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    kind = kind == null ? BodyKind.OTHER : kind;
  }
}
