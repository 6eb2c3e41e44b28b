package no.samspill.core;

/** Thrown by a port when a document changed since it was read; the caller's view is stale. */
public class ConcurrentChangeException extends RuntimeException {
  public ConcurrentChangeException(String what) {
    super(what + " was changed concurrently");
  }
}
