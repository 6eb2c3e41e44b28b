package no.samspill.core.directory;

/**
 * What an OpenID provider vouches for about a person: an e-mail (counted only when the provider
 * says it is verified) and, from Microsoft Entra ID, the object id ({@code oid}) and the Entra
 * tenant ({@code tid}).
 */
public record SignedInPerson(
    String email, boolean emailVerified, String objectId, String entraTenantId) {

  /** The identity the audit trail names them by: the object id, else the verified e-mail. */
  public String identity() {
    if (objectId != null && !objectId.isBlank()) {
      return "oid:" + objectId;
    }
    return emailVerified && email != null ? email.strip().toLowerCase(java.util.Locale.ROOT) : null;
  }
}
