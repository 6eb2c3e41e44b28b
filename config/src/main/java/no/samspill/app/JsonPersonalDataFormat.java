package no.samspill.app;

import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.privacy.PersonalData;
import no.samspill.core.privacy.PersonalDataFormat;
import no.samspill.core.reflection.ReflectionId;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** Writes a personal-data export as indented JSON, with ids as plain strings. */
final class JsonPersonalDataFormat implements PersonalDataFormat {

  private final JsonMapper mapper;

  JsonPersonalDataFormat() {
    SimpleModule ids = new SimpleModule("samspill-ids");
    for (Class<?> type :
        new Class<?>[] {
          TenantId.class,
          LeaderId.class,
          BodyId.class,
          MeetingId.class,
          CaseId.class,
          ReflectionId.class
        }) {
      ids.addSerializer(type, ToStringSerializer.instance);
    }
    this.mapper =
        JsonMapper.builder().addModule(ids).enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  @Override
  public String toJson(PersonalData data) {
    return mapper.writeValueAsString(data);
  }
}
