package no.samspill.core.conversation;

/** A request named a leader, case or meeting that does not exist in the leader's tenant. */
public class UnknownReferenceException extends RuntimeException {
  public UnknownReferenceException(String message) {
    super(message);
  }
}
