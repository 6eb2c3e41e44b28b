package no.samspill.app.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;

/**
 * The environment variables the app reads, found where the app finds them: the {@code ${NAME:…}}
 * placeholders of its application*.yml and, through Spring's own environment-name mapping, every
 * property of its {@code @ConfigurationProperties} records.
 */
final class AppVariables {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)[:}]");

  /** Read by Spring itself or by a condition, not by a properties record. */
  private static final List<String> OTHER_PROPERTIES =
      List.of(
          "spring.profiles.active",
          "server.port",
          "management.server.port",
          "logging.structured.format.console",
          "samspill.admin.enabled");

  /** Set by the profiles, not meant to be set from outside. */
  private static final Set<String> INTERNAL =
      Set.of("samspill.web.demo-by-default", "samspill.console.demo-sign-in");

  // One variable may feed several properties (the console and the admin API share the issuer).
  private final Map<String, Set<String>> placeholderProperty = new HashMap<>();
  private final List<ConfigurationPropertyName> properties = new ArrayList<>();

  AppVariables(Path resources) {
    try (Stream<Path> files = Files.list(resources)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().matches("application.*\\.yml")).toList()) {
        Map<String, Object> yaml = new Yaml().load(Files.readString(file));
        flatten("", yaml, placeholderProperty);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Class<?> type : propertiesClasses()) {
      String prefix = type.getAnnotation(ConfigurationProperties.class).value();
      leaves(prefix, type, properties);
    }
    OTHER_PROPERTIES.forEach(p -> properties.add(ConfigurationPropertyName.of(p)));
  }

  /** Whether the app reads this variable (a placeholder, or bound to one of its properties). */
  boolean reads(String variable) {
    if (placeholderProperty.containsKey(variable)) {
      return true;
    }
    ConfigurationPropertySource source = environment(List.of(variable));
    return properties.stream().anyMatch(p -> source.getConfigurationProperty(p) != null);
  }

  /** The properties (kebab-case) none of these variables sets, by placeholder or by binding. */
  Set<String> propertiesNotSetBy(Collection<String> variables) {
    ConfigurationPropertySource source = environment(variables);
    Set<String> byPlaceholder = new TreeSet<>();
    variables.stream()
        .map(placeholderProperty::get)
        .filter(p -> p != null)
        .forEach(byPlaceholder::addAll);
    Set<String> missing = new TreeSet<>();
    for (ConfigurationPropertyName property : properties) {
      String name = property.toString();
      if (!INTERNAL.contains(name)
          && !byPlaceholder.contains(name)
          && source.getConfigurationProperty(property) == null) {
        missing.add(name);
      }
    }
    return missing;
  }

  int propertyCount() {
    return properties.size();
  }

  private static ConfigurationPropertySource environment(Collection<String> variables) {
    Map<String, Object> values = new HashMap<>();
    variables.forEach(v -> values.put(v, "x"));
    return ConfigurationPropertySource.from(
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, values));
  }

  /** Maps each placeholder in a YAML tree to the properties whose value it is. */
  private static void flatten(String path, Object node, Map<String, Set<String>> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(path.isEmpty() ? k.toString() : path + "." + k, v, out));
    } else if (node instanceof String value) {
      Matcher m = PLACEHOLDER.matcher(value);
      while (m.find()) {
        out.computeIfAbsent(m.group(1), v -> new TreeSet<>())
            .add(ConfigurationPropertyName.of(path).toString());
      }
    }
  }

  private static List<Class<?>> propertiesClasses() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isIndependent();
          }
        };
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    List<Class<?>> classes = new ArrayList<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("no.samspill")) {
      classes.add(ClassUtils.resolveClassName(definition.getBeanClassName(), null));
    }
    return classes;
  }

  /** The bindable leaves of a properties record; nested records and lists of them are walked. */
  private static void leaves(String prefix, Class<?> type, List<ConfigurationPropertyName> out) {
    for (RecordComponent component : type.getRecordComponents()) {
      String name = prefix + "." + kebab(component.getName());
      Class<?> element = listElement(component.getGenericType());
      if (isOurs(component.getType())) {
        leaves(name, component.getType(), out);
      } else if (element != null && isOurs(element)) {
        leaves(name + "[0]", element, out);
      } else {
        out.add(ConfigurationPropertyName.of(name));
      }
    }
  }

  private static boolean isOurs(Class<?> type) {
    return type.isRecord() && type.getName().startsWith("no.samspill.");
  }

  private static Class<?> listElement(Type type) {
    if (type instanceof ParameterizedType list
        && list.getRawType() == List.class
        && list.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return null;
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
