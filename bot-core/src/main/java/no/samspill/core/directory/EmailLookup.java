package no.samspill.core.directory;

/**
 * Asks a chat platform for the e-mail of the person writing, which costs the platform a call (Teams
 * puts no e-mail on its messages): asked only on first contact, to link a leader the coordinator
 * registered by e-mail rather than create them twice.
 */
@FunctionalInterface
public interface EmailLookup {

  EmailLookup NONE = () -> null;

  /** The person's e-mail, or null when the platform does not tell. */
  String email();
}
