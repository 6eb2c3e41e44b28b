package no.samspill.adapter.web;

import jakarta.validation.Valid;
import no.samspill.core.conversation.UnknownReferenceException;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.SampleTenant;
import no.samspill.core.publishing.PostWeeklyDigest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo panel's shortcuts through time: post this week's digest now, put the sample back. Only
 * registered in demo mode, like the rest of the web chat's API.
 */
@RestController
@RequestMapping("/api/web/demo")
class WebDemoController {

  private final Leaders leaders;
  private final PostWeeklyDigest postWeeklyDigest;
  private final ObjectProvider<SampleTenant> sample;

  WebDemoController(
      Leaders leaders, PostWeeklyDigest postWeeklyDigest, ObjectProvider<SampleTenant> sample) {
    this.leaders = leaders;
    this.postWeeklyDigest = postWeeklyDigest;
    this.sample = sample;
  }

  record Posted(boolean posted) {}

  record Reset(String tenantId) {}

  /** The coordinator posts this week's digest of their municipality before its time. */
  @PostMapping("/digest")
  Posted postDigest(@Valid @RequestBody WebRequests.Demo request) {
    Leader leader =
        leaders
            .findById(new LeaderId(request.leaderId()))
            .orElseThrow(() -> new UnknownReferenceException("Unknown leader"));
    if (!leader.coordinator()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the coordinator posts");
    }
    return new Posted(postWeeklyDigest.postNow(leader.tenantId()));
  }

  /** Erases what the demo did to the sample municipality and loads it again. */
  @PostMapping("/reset")
  Reset reset() {
    SampleTenant tenant = sample.getIfAvailable();
    if (tenant == null) {
      throw new UnknownReferenceException("No sample municipality in this run");
    }
    tenant.reset();
    return new Reset(tenant.id().value());
  }
}
