package no.samspill.core.privacy;

/** Port: writes an export as a JSON document. */
public interface PersonalDataFormat {
  String toJson(PersonalData data);
}
