package no.samspill.core.directory;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is a coordinator besides the first person of a new tenant: e-mail addresses or identity keys
 * ("slack|T123|U456") named in configuration.
 */
public record CoordinatorPolicy(Set<String> configured) {

  public CoordinatorPolicy {
    configured =
        configured == null
            ? Set.of()
            : configured.stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  public static CoordinatorPolicy none() {
    return new CoordinatorPolicy(Set.of());
  }

  public boolean names(ChatUser user) {
    if (user.email() != null && configured.contains(user.email().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return configured.contains(user.identity().key().toLowerCase(Locale.ROOT));
  }
}
