package no.samspill.core;

/**
 * Text from outside made fit for one log line: control characters escaped (so a newline cannot
 * forge a line) and cut to {@link #MAX_LENGTH} characters (so a request cannot flood the log).
 */
public final class LogText {

  public static final int MAX_LENGTH = 200;

  private LogText() {}

  public static String of(Object value) {
    if (value == null) {
      return "null";
    }
    String text = String.valueOf(value);
    StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
    for (int i = 0; i < text.length() && safe.length() < MAX_LENGTH; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        safe.append("\\n");
      } else if (c == '\r') {
        safe.append("\\r");
      } else if (c == '\t') {
        safe.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        safe.append(String.format("\\u%04x", (int) c));
      } else {
        safe.append(c);
      }
    }
    if (safe.length() >= MAX_LENGTH && text.length() > MAX_LENGTH) {
      safe.setLength(MAX_LENGTH);
      safe.append("…(").append(text.length()).append(" chars)");
    }
    return safe.toString();
  }
}
