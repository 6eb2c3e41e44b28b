package no.samspill.adapter.admin;

/** An id that does not exist in the tenant named in the path. */
final class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
