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
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request with a body gets a worker only while one of a bounded number of permits is free, and
 * must send its whole body within a deadline; so slow senders can hold at most that share of the
 * workers, each for a bounded time, and health checks keep answering.
 */
final class BoundedBodyFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(BoundedBodyFilter.class);

  private final Semaphore bodyWorkers;
  private final long timeoutNanos;

  BoundedBodyFilter(int bodyWorkers, Duration bodyReadTimeout) {
    this.bodyWorkers = new Semaphore(Math.max(1, bodyWorkers));
    this.timeoutNanos = bodyReadTimeout.toNanos();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!bodyWorkers.tryAcquire()) {
      response.setHeader("Retry-After", "1");
      refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    Deadline deadline = new Deadline(System.nanoTime() + timeoutNanos, response);
    try {
      chain.doFilter(new DeadlineRequest(request, deadline), response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!deadline.expired) {
        throw e;
      }
      // The 408 is already sent; what the handler made of the aborted read does not matter.
      log.debug("Body read aborted after the deadline: {}", e.getClass().getSimpleName());
    } finally {
      bodyWorkers.release();
    }
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static void refuse(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setHeader("Connection", "close");
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"status\":" + status + "}");
    response.flushBuffer();
  }

  private static final class Deadline {
    private final long at;
    private final HttpServletResponse response;
    private volatile boolean expired;

    Deadline(long at, HttpServletResponse response) {
      this.at = at;
      this.response = response;
    }

    void check() throws IOException {
      if (!expired && System.nanoTime() - at < 0) {
        return;
      }
      if (!expired) {
        expired = true;
        if (!response.isCommitted()) {
          response.reset();
          refuse(response, HttpServletResponse.SC_REQUEST_TIMEOUT);
        }
      }
      throw new BodyReadTimeoutException();
    }
  }

  /** Thrown into the handler's read when the body took too long. */
  static final class BodyReadTimeoutException extends IOException {
    BodyReadTimeoutException() {
      super("request body not received in time");
    }
  }

  private static final class DeadlineRequest extends HttpServletRequestWrapper {
    private final Deadline deadline;
    private ServletInputStream stream;

    DeadlineRequest(HttpServletRequest request, Deadline deadline) {
      super(request);
      this.deadline = deadline;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new DeadlineStream(super.getInputStream(), deadline);
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

  private static final class DeadlineStream extends ServletInputStream {
    private final ServletInputStream in;
    private final Deadline deadline;

    DeadlineStream(ServletInputStream in, Deadline deadline) {
      this.in = in;
      this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
      deadline.check();
      int b = in.read();
      deadline.check();
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      deadline.check();
      int n = in.read(b, off, len);
      deadline.check();
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
