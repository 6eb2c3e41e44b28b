package no.samspill.adapter.mongo;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.CaseId;
import no.samspill.core.casework.MeetingId;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.TenantId;
import no.samspill.core.reflection.ReflectionId;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** Stores the domain's typed ids, time zones, durations and times of day as plain strings. */
final class IdConversions {

  static final List<Class<? extends Record>> ID_TYPES =
      List.of(
          TenantId.class,
          LeaderId.class,
          BodyId.class,
          MeetingId.class,
          CaseId.class,
          ReflectionId.class);

  private IdConversions() {}

  static MongoCustomConversions customConversions() {
    List<Object> converters = new ArrayList<>();
    converters.add(new IdWriter());
    converters.add(new IdReader());
    converters.add(new ZoneWriter());
    converters.add(new ZoneReader());
    converters.add(new DurationWriter());
    converters.add(new DurationReader());
    converters.add(new TimeWriter());
    converters.add(new TimeReader());
    return new MongoCustomConversions(converters);
  }

  /** The string value of a typed id. */
  static String value(Record id) {
    try {
      return (String) id.getClass().getRecordComponents()[0].getAccessor().invoke(id);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Not an id record: " + id.getClass(), e);
    }
  }

  @WritingConverter
  static final class IdWriter implements GenericConverter {
    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
      Set<ConvertiblePair> pairs = new java.util.HashSet<>();
      ID_TYPES.forEach(type -> pairs.add(new ConvertiblePair(type, String.class)));
      return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
      return source == null ? null : value((Record) source);
    }
  }

  @ReadingConverter
  static final class IdReader implements GenericConverter {
    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
      Set<ConvertiblePair> pairs = new java.util.HashSet<>();
      ID_TYPES.forEach(type -> pairs.add(new ConvertiblePair(String.class, type)));
      return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
      if (source == null) {
        return null;
      }
      try {
        RecordComponent[] components = targetType.getType().getRecordComponents();
        Constructor<?> constructor =
            targetType.getType().getDeclaredConstructor(components[0].getType());
        return constructor.newInstance(source);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read id " + targetType, e);
      }
    }
  }

  @WritingConverter
  static final class DurationWriter implements Converter<Duration, String> {
    @Override
    public String convert(Duration source) {
      return source.toString();
    }
  }

  @ReadingConverter
  static final class DurationReader implements Converter<String, Duration> {
    @Override
    public Duration convert(String source) {
      return Duration.parse(source);
    }
  }

  /** A wall-clock time as "HH:mm", not as a date on 1 January 1970 in the server's zone. */
  @WritingConverter
  static final class TimeWriter implements Converter<LocalTime, String> {
    @Override
    public String convert(LocalTime source) {
      return source.toString();
    }
  }

  @ReadingConverter
  static final class TimeReader implements Converter<String, LocalTime> {
    @Override
    public LocalTime convert(String source) {
      return LocalTime.parse(source);
    }
  }

  @WritingConverter
  static final class ZoneWriter implements Converter<ZoneId, String> {
    @Override
    public String convert(ZoneId source) {
      return source.getId();
    }
  }

  @ReadingConverter
  static final class ZoneReader implements Converter<String, ZoneId> {
    @Override
    public ZoneId convert(String source) {
      return ZoneId.of(source);
    }
  }
}
