package no.samspill.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** /slack/events refuses what Slack did not send cheaply: unsigned, oversized, forged. */
@ExtendWith(OutputCaptureExtension.class)
class SlackEdgeIntegrationTest extends SingleWorkspaceTests {

  private static final int TEN_MB = 10 * 1024 * 1024;

  @Test
  void refusesAnOversizedUnsignedBodyLongBeforeItIsSentWhole() throws Exception {
    Sent sent = sendSlowly(TEN_MB, "");

    assertThat(sent.statusLine()).matches("HTTP/1.1 (401|413).*");
    assertThat(sent.bytesWhenAnswered()).isLessThan(TEN_MB / 2);
  }

  @Test
  void refusesAnOversizedBodyWithForgedSignatureHeadersWhileReadingIt() throws Exception {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    Sent sent =
        sendSlowly(
            TEN_MB, "X-Slack-Request-Timestamp: " + timestamp + "\r\nX-Slack-Signature: v0=00\r\n");

    assertThat(sent.statusLine()).startsWith("HTTP/1.1 413");
    assertThat(sent.bytesWhenAnswered()).isLessThan(TEN_MB / 2);
  }

  @Test
  void aForgedLogLineInAnUnsignedUnparseableBodyNeverReachesTheLog(CapturedOutput output) {
    String forged = "2026-01-01T00:00:00Z ERROR 1 --- [main] FORGED-LOG-LINE admin logged in";
    String body = "garbage\n" + forged + "\r\n" + forged;
    Map<String, String> badlySigned = SlackFixture.signed(body);
    badlySigned.put("X-Slack-Signature", "v0=" + "0".repeat(64));

    int unsigned = fx.send("text/plain", body, Map.of()).statusCode();
    int forgedSignature = fx.send("text/plain", body, badlySigned).statusCode();

    assertThat(output.getAll()).doesNotContain("FORGED-LOG-LINE");
    assertThat(unsigned).isEqualTo(401);
    assertThat(forgedSignature).isEqualTo(401);
  }

  record Sent(String statusLine, long bytesWhenAnswered) {}

  /** Writes a POST of {@code length} bytes in 16 KB steps while reading the answer. */
  private static Sent sendSlowly(int length, String extraHeaders) throws Exception {
    URI base = URI.create(fx.base);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + extraHeaders
                  + "Content-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      AtomicLong written = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                byte[] chunk = new byte[16 * 1024];
                java.util.Arrays.fill(chunk, (byte) 'a');
                try {
                  while (written.get() < length) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                    Thread.sleep(2);
                  }
                } catch (IOException | InterruptedException closedByServer) {
                  // the server stopped reading: exactly what the test hopes for
                }
              });
      writer.start();
      String status = statusLine(socket.getInputStream());
      long whenAnswered = written.get();
      writer.interrupt();
      return new Sent(status, whenAnswered);
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString();
  }
}
