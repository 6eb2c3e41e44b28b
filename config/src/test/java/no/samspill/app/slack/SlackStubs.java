package no.samspill.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Stubs of Slack's Web API that more than one fake Slack needs. */
public final class SlackStubs {

  private SlackStubs() {}

  /** files.uploadV2's three calls, as a digest's chart goes up: URL, upload, complete. */
  public static void chartUpload(WireMockServer slack) {
    slack.stubFor(
        post("/api/files.getUploadURLExternal")
            .willReturn(
                okJson(
                    "{\"ok\":true,\"upload_url\":\""
                        + slack.baseUrl()
                        + "/upload/F1\",\"file_id\":\"F1\"}")));
    slack.stubFor(post("/upload/F1").willReturn(aResponse().withStatus(200).withBody("OK")));
    slack.stubFor(
        post("/api/files.completeUploadExternal")
            .willReturn(okJson("{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"x\"}]}")));
  }
}
