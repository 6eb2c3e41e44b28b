package no.samspill.app.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request with a body gets a worker only while one of a bounded number of permits is free, must
 * send its whole body within a deadline, and may send at most its endpoint's number of bytes
 * (refused before reading when Content-Length says so, else as soon as the count passes it); so
 * slow senders can hold at most that share of the workers, each for a bounded time, no body is read
 * whole into memory before its size is known, and health checks keep answering.
 */
final class BoundedBodyFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(BoundedBodyFilter.class);

  // The admin API's import and the console's upload form; the console refuses above its own limit.
  private static final Pattern UPLOAD =
      Pattern.compile("/api/v1/tenants/[^/]+/bodies/[^/]+/imports/.*|/console/bodies/[^/]+/import");

  private final Semaphore bodyWorkers;
  private final long timeoutNanos;
  private final long maxBody;
  private final long maxUpload;

  BoundedBodyFilter(int bodyWorkers, EdgeProperties properties) {
    this.bodyWorkers = new Semaphore(Math.max(1, bodyWorkers));
    this.timeoutNanos = properties.bodyReadTimeout().toNanos();
    this.maxBody = properties.maxBodySize().toBytes();
    this.maxUpload = properties.maxUploadSize().toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    long limit = limitFor(request.getRequestURI());
    if (limit >= 0 && request.getContentLengthLong() > limit) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
      return;
    }
    if (!bodyWorkers.tryAcquire()) {
      response.setHeader("Retry-After", "1");
      refuse(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Too many requests are sending a body right now; try again in a second");
      return;
    }
    Guard guard = new Guard(System.nanoTime() + timeoutNanos, limit, response);
    try {
      chain.doFilter(new GuardedRequest(request, guard), response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!guard.refused) {
        throw e;
      }
      // The refusal is already sent; what the handler made of the aborted read does not matter.
      log.debug("Body read aborted: {}", e.getClass().getSimpleName());
    } finally {
      bodyWorkers.release();
    }
  }

  /**
   * The most bytes a body to this path may have, or -1 where the endpoint bounds its own reading
   * (Slack's servlet, the Teams controller: each has its own documented limit).
   */
  long limitFor(String path) {
    if (path.startsWith("/slack/") || path.equals("/api/messages")) {
      return -1;
    }
    return UPLOAD.matcher(path).matches() ? maxUpload : maxBody;
  }

  private static String tooLarge(long limit) {
    return "The request body is larger than "
        + (limit % (1024 * 1024) == 0
            ? limit / (1024 * 1024) + " MB"
            : limit % 1024 == 0 ? limit / 1024 + " KB" : limit + " bytes")
        + ", the most this endpoint takes";
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static void refuse(HttpServletResponse response, int status, String detail)
      throws IOException {
    // After a 413 Tomcat swallows what is left (at most server.tomcat.max-swallow-size) and keeps
    // the connection, so a client still sending gets its answer; a slow or waiting one is cut off.
    if (status != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
      response.setHeader("Connection", "close");
    }
    EdgeProblems.write(response, status, detail);
    response.flushBuffer();
  }

  /** The deadline and the byte count of one request's body. */
  private static final class Guard {
    private final long at;
    private final long limit;
    private final HttpServletResponse response;
    private long read;
    private volatile boolean refused;

    Guard(long at, long limit, HttpServletResponse response) {
      this.at = at;
      this.limit = limit;
      this.response = response;
    }

    void check(long more) throws IOException {
      read += Math.max(0, more);
      boolean late = System.nanoTime() - at >= 0;
      boolean large = limit >= 0 && read > limit;
      if (!refused && !late && !large) {
        return;
      }
      if (!refused) {
        refused = true;
        if (!response.isCommitted()) {
          response.reset();
          if (large) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
          } else {
            refuse(
                response,
                HttpServletResponse.SC_REQUEST_TIMEOUT,
                "The request body did not arrive in time");
          }
        }
      }
      throw new BodyRefusedException();
    }
  }

  /** Thrown into the handler's read when the body took too long or grew too large. */
  static final class BodyRefusedException extends IOException {
    BodyRefusedException() {
      super("request body refused");
    }
  }

  private static final class GuardedRequest extends HttpServletRequestWrapper {
    private final Guard guard;
    private ServletInputStream stream;

    GuardedRequest(HttpServletRequest request, Guard guard) {
      super(request);
      this.guard = guard;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new GuardedStream(super.getInputStream(), guard);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class GuardedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final Guard guard;

    GuardedStream(ServletInputStream in, Guard guard) {
      this.in = in;
      this.guard = guard;
    }

    @Override
    public int read() throws IOException {
      guard.check(0);
      int b = in.read();
      guard.check(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      guard.check(0);
      int n = in.read(b, off, len);
      guard.check(n);
      return n;
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
