package no.samspill.core.delivery;

/**
 * Whether Samspill can reach a leader unprompted: the platform it would send on (null when there is
 * none), and what stands in the way if anything does.
 */
public record Reach(String platform, Problem problem) {

  /** Why a leader cannot be reached; each is shown to the coordinator in their own words. */
  public enum Problem {
    /** Linked to no chat platform at all: the leader has never written to Samspill. */
    NO_CHAT_IDENTITY,
    /** Linked only to a platform this deployment has not set up. */
    PLATFORM_NOT_SET_UP,
    /** Known on the platform, but has never opened a personal chat with Samspill there. */
    APP_NOT_ADDED,
    /** Removed Samspill, or the platform said the personal chat is gone. */
    APP_REMOVED,
    /** Samspill is not installed in the leader's workspace. */
    NOT_INSTALLED,
    /** The platform no longer knows the person (removed or deactivated). */
    USER_GONE
  }

  public static Reach on(String platform) {
    return new Reach(platform, null);
  }

  public boolean reachable() {
    return problem == null;
  }
}
