package no.samspill.adapter.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samspill.core.conversation.UnknownReferenceException;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.TenantId;
import no.samspill.core.directory.Tenants;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** The web channel's archive page: a tenant's posted weekly digests, and each one's chart. */
@RestController
@RequestMapping("/api/web/tenants/{tenantId}/digests")
class WebDigestArchive {

  /** About a term and a half of weekly digests; older ones stay stored but off the page. */
  static final int SHOWN = 26;

  private final Tenants tenants;
  private final DigestPosts posts;

  WebDigestArchive(Tenants tenants, DigestPosts posts) {
    this.tenants = tenants;
    this.posts = posts;
  }

  record SectionView(String heading, List<String> lines) {}

  record DigestView(
      String week,
      String title,
      List<SectionView> sections,
      String postedAt,
      String chartUrl,
      String chartAltText) {}

  @GetMapping
  List<DigestView> digests(@PathVariable String tenantId) {
    Tenant tenant = tenant(tenantId);
    return posts.archive(tenant.id(), SHOWN).stream().map(WebDigestArchive::view).toList();
  }

  @GetMapping("/{week}/chart.png")
  ResponseEntity<byte[]> chart(@PathVariable String tenantId, @PathVariable String week) {
    ArchivedDigest digest =
        posts
            .archived(tenant(tenantId).id(), week)
            .filter(ArchivedDigest::hasChart)
            .orElseThrow(() -> new UnknownReferenceException("Unknown digest chart"));
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(digest.chartPng());
  }

  private Tenant tenant(String id) {
    return tenants
        .findById(new TenantId(id))
        .orElseThrow(() -> new UnknownReferenceException("Unknown tenant"));
  }

  private static DigestView view(ArchivedDigest d) {
    String chartUrl =
        d.hasChart()
            ? "/api/web/tenants/"
                + segment(d.tenant().value())
                + "/digests/"
                + segment(d.week())
                + "/chart.png"
            : null;
    return new DigestView(
        d.week(),
        d.title(),
        d.sections().stream().map(WebDigestArchive::view).toList(),
        d.postedAt() == null ? null : d.postedAt().toString(),
        chartUrl,
        d.hasChart() ? d.chartAltText() : null);
  }

  private static SectionView view(DigestText.Section s) {
    return new SectionView(s.heading(), s.lines());
  }

  private static String segment(String value) {
    return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
  }
}
