package no.samspill.adapter.admin;

/** A request that names its bad field; nothing has been written when it is thrown. */
final class BadInputException extends RuntimeException {

  BadInputException(String message) {
    super(message);
  }
}
