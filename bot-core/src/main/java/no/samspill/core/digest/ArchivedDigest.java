package no.samspill.core.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import no.samspill.core.directory.TenantId;

/** A digest as it was posted, kept so the web channel's archive page can show it again. */
public record ArchivedDigest(
    TenantId tenant,
    String week,
    String title,
    List<DigestText.Section> sections,
    byte[] chartPng,
    String chartAltText,
    Instant postedAt) {

  public ArchivedDigest {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
  }

  public boolean hasChart() {
    return chartPng != null && chartPng.length > 0;
  }
}
