package no.samspill.core.imports;

/**
 * A source that asks for more than one import may do (too many events, too many occurrences of one,
 * too long to read); nothing of it is applied. {@code limit} names the limit, {@code value} is its
 * setting.
 */
public class ImportLimitException extends UnreadableSourceException {

  private final String limit;
  private final String value;

  public ImportLimitException(String limit, String value, String message) {
    super(message, ImportFailure.TOO_LARGE, null, null);
    this.limit = limit;
    this.value = value;
  }

  public String limit() {
    return limit;
  }

  public String value() {
    return value;
  }
}
