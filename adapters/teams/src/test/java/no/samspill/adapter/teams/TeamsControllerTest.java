package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.samspill.testing.teams.TeamsPayloads;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class TeamsControllerTest {

  private static final TeamsProperties PROPERTIES =
      new TeamsProperties(
          "app", "secret", null, null, false, DataSize.ofKilobytes(4), null, null, null, null);

  private final TeamsController enabled =
      new TeamsController(
          new TeamsEndpoint(
              new TeamsBotAdapter(PROPERTIES, null, null, java.time.Clock.systemUTC()),
              null,
              Duration.ofSeconds(1)),
          PROPERTIES);

  @Test
  void withoutConfigurationTheEndpointSaysTeamsIsNotConfigured() throws Exception {
    TeamsController off = new TeamsController(TeamsEndpoint.disabled(), PROPERTIES);

    ResponseEntity<String> response = off.messages(request("{}"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(response.getBody()).isEqualTo("Microsoft Teams is not configured.");
  }

  @Test
  void refusesABodyOverTheLimitWithOrWithoutContentLength() throws Exception {
    String huge = TeamsPayloads.personal("https://x/").text("x".repeat(5000));
    MockHttpServletRequest chunked = request(huge);
    chunked.removeHeader("Content-Length");

    assertThat(enabled.messages(request(huge)).getStatusCode())
        .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(enabled.messages(chunked).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
  }

  @Test
  void refusesMalformedJsonWith400() throws Exception {
    ResponseEntity<String> response = enabled.messages(request("{\"type\":\"message\","));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).doesNotContain("Exception");
  }

  private static MockHttpServletRequest request(String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/messages");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    request.setContentType("application/json");
    return request;
  }
}
