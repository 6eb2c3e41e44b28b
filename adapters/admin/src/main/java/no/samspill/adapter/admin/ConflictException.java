package no.samspill.adapter.admin;

/** What would overwrite something that exists already (a tenant with the same id). */
final class ConflictException extends RuntimeException {

  ConflictException(String message) {
    super(message);
  }
}
