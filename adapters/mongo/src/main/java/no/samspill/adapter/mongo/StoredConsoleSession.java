package no.samspill.adapter.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * A console session as {@link MongoConsoleSessions} keeps it: which stored document it came from
 * (none while new), and whether its attributes changed, so a request that only used it writes two
 * times instead of the whole document.
 */
final class StoredConsoleSession implements Session {

  private final MapSession session;
  private final Clock clock;
  private String storedKey;
  private boolean changed;

  StoredConsoleSession(MapSession session, String storedKey, Clock clock) {
    this.session = session;
    this.storedKey = storedKey;
    this.clock = clock;
  }

  String storedKey() {
    return storedKey;
  }

  boolean changed() {
    return changed;
  }

  void stored(String key) {
    storedKey = key;
    changed = false;
  }

  Instant expiresAt() {
    return session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
  }

  Map<String, Object> attributes() {
    Map<String, Object> attributes = new HashMap<>();
    for (String name : session.getAttributeNames()) {
      attributes.put(name, session.getAttribute(name));
    }
    return attributes;
  }

  @Override
  public String getId() {
    return session.getId();
  }

  @Override
  public String changeSessionId() {
    return session.changeSessionId();
  }

  @Override
  public <T> T getAttribute(String name) {
    return session.getAttribute(name);
  }

  @Override
  public Set<String> getAttributeNames() {
    return session.getAttributeNames();
  }

  @Override
  public void setAttribute(String name, Object value) {
    session.setAttribute(name, value);
    changed = true;
  }

  @Override
  public void removeAttribute(String name) {
    session.removeAttribute(name);
    changed = true;
  }

  @Override
  public Instant getCreationTime() {
    return session.getCreationTime();
  }

  @Override
  public void setLastAccessedTime(Instant lastAccessedTime) {
    session.setLastAccessedTime(lastAccessedTime);
  }

  @Override
  public Instant getLastAccessedTime() {
    return session.getLastAccessedTime();
  }

  @Override
  public void setMaxInactiveInterval(Duration interval) {
    session.setMaxInactiveInterval(interval);
    changed = true;
  }

  @Override
  public Duration getMaxInactiveInterval() {
    return session.getMaxInactiveInterval();
  }

  // The app's clock, not the system's, so that expiry is the same on every instance and in tests.
  @Override
  public boolean isExpired() {
    return !expiresAt().isAfter(clock.instant());
  }
}
