package no.samspill.adapter.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoSecurityException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * A MONGODB_URI that cannot be reached or authenticated at start-up stops the app with one line
 * naming the hosts and the reason, instead of a stack trace; the URI's password is never shown.
 */
class MongoStartupFailureAnalyzer implements FailureAnalyzer {

  // The driver's timeout message carries the last connection error of each server as text.
  private static final Pattern CAUSE =
      Pattern.compile("(?:caused by|exception)=? ?\\{([\\w.$]+): ([^}]*)}");

  private final Environment environment;

  MongoStartupFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    String uri = environment.getProperty("samspill.mongodb.uri", "");
    if (uri.isBlank()) {
      return null;
    }
    String reason = reason(failure);
    if (reason == null) {
      return null;
    }
    String where;
    try {
      ConnectionString connection = new ConnectionString(uri);
      where = String.join(",", connection.getHosts());
    } catch (IllegalArgumentException e) {
      where = "(MONGODB_URI cannot be parsed)";
    }
    return new FailureAnalysis(
        "Cannot use MongoDB at " + where + " (MONGODB_URI): " + reason + ".",
        "Check that MongoDB runs and is reachable from here, and the user name and password in"
            + " MONGODB_URI; unset MONGODB_URI to use the embedded server.",
        failure);
  }

  private static String reason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MongoSecurityException security) {
        return "authentication failed for user '" + security.getCredential().getUserName() + "'";
      }
    }
    if (!StorageOutages.isOutage(failure)) {
      return null;
    }
    Throwable deepest = failure;
    while (deepest.getCause() != null) {
      deepest = deepest.getCause();
    }
    String cause = deepest.getMessage();
    Matcher matcher = CAUSE.matcher(String.valueOf(cause));
    while (matcher.find()) {
      cause = matcher.group(2).isBlank() ? simpleName(matcher.group(1)) : matcher.group(2);
    }
    return "no answer (" + (cause == null ? simpleName(deepest.getClass().getName()) : cause) + ")";
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
