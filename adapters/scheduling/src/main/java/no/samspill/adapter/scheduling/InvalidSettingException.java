package no.samspill.adapter.scheduling;

/** A setting that cannot work: names the environment variable and the smallest value that does. */
final class InvalidSettingException extends RuntimeException {

  private final String variable;
  private final String smallestWorking;

  InvalidSettingException(String variable, String problem, String smallestWorking) {
    super(variable + ": " + problem);
    this.variable = variable;
    this.smallestWorking = smallestWorking;
  }

  String variable() {
    return variable;
  }

  String smallestWorking() {
    return smallestWorking;
  }
}
