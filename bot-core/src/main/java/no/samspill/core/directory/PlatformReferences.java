package no.samspill.core.directory;

/**
 * Port: what the chat platforms' adapters keep about one of their users to reach them (a DM
 * channel, a conversation reference), forgotten when that person's data is erased.
 */
public interface PlatformReferences {

  void forget(ChatIdentity identity);
}
