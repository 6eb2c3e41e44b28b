package no.samspill.app.deploy;

import static no.samspill.app.deploy.EnvironmentTemplateTest.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image, compose file and Kubernetes manifests say what the README promises:
 * non-root, read-only, within 512 MiB, probes on the Actuator's health groups, secrets only from a
 * Secret. Parsed here because no Docker engine or cluster runs on the build machines.
 */
class DeployFilesTest {

  static final long LIMIT_MIB = 512;
  private static final Pattern SECRET = Pattern.compile("(?i).*(URI|TOKEN|SECRET|PASSWORD|KEY).*");

  private final AppVariables app = new AppVariables(ROOT.resolve("config/src/main/resources"));

  static boolean secretLike(String variable) {
    return SECRET.matcher(variable).matches();
  }

  @Test
  void imageIsBuiltWithTheWrapperAndRunsTheProductionProfileAsNonRoot() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("deploy/Dockerfile"));
    List<String> stages = List.of(dockerfile.split("(?m)^FROM "));
    assertThat(stages).as("multi-stage").hasSizeGreaterThanOrEqualTo(3);
    assertThat(stages.get(1)).contains("./mvnw").contains(" package");
    String last = stages.get(stages.size() - 1);
    Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(last);
    assertThat(user.find()).as("USER in the final stage").isTrue();
    String uid = user.group(1).split(":")[0];
    assertThat(uid).matches("\\d+").isNotEqualTo("0");
    assertThat(last).containsPattern("SPRING_PROFILES_ACTIVE=production\\b");
    assertThat(last)
        .containsPattern("(?m)^HEALTHCHECK .*CMD \\[\"/app/healthcheck.sh\"\\]")
        .contains("COPY --chmod=0755 deploy/healthcheck.sh /app/healthcheck.sh");
    assertThat(Files.readString(ROOT.resolve("deploy/healthcheck.sh")))
        .contains("/actuator/health/readiness");
    // The class data sharing archive is made in the final stage, after the JVM options are set
    // (an archive made with other options is ignored), and the app starts with it.
    int options = last.indexOf("JAVA_TOOL_OPTIONS=");
    int training = last.indexOf("-XX:ArchiveClassesAtExit=/app/samspill.jsa");
    assertThat(options).isNotNegative();
    assertThat(training).isGreaterThan(options);
    assertThat(last)
        .containsPattern(
            "(?m)^ENTRYPOINT \\[\"java\", \"-XX:SharedArchiveFile=/app/samspill.jsa\", \"-jar\","
                + " \"/app/samspill.jar\"\\]");
    // The build stage copies the repository: secrets and build output stay out of it.
    assertThat(Files.readAllLines(ROOT.resolve("deploy/Dockerfile.dockerignore")))
        .contains("**/.env", "**/target", ".git");
  }

  @Test
  void jvmSettingsLeaveRoomUnderTheContainerLimit() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("deploy/Dockerfile"));
    Matcher options = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]+)\"").matcher(dockerfile);
    assertThat(options.find()).isTrue();
    String jvm = options.group(1);
    double heap = LIMIT_MIB * number(jvm, "-XX:MaxRAMPercentage=([\\d.]+)") / 100;
    double bounded =
        heap
            + number(jvm, "-XX:MaxMetaspaceSize=(\\d+)m")
            + number(jvm, "-XX:ReservedCodeCacheSize=(\\d+)m")
            + number(jvm, "-XX:MaxDirectMemorySize=(\\d+)m");
    assertThat(jvm).contains("-Xss512k", "-XX:+ExitOnOutOfMemoryError");
    // Threads, symbols, GC and native libraries took about 90 MiB (bench/container-memory.sh).
    assertThat(bounded + 90).isLessThanOrEqualTo(LIMIT_MIB);
  }

  @Test
  void composeRunsAOneNodeReplicaSetAndSamspillReadOnlyWithinTheLimit() throws IOException {
    Map<String, Object> compose = yaml(ROOT.resolve("deploy/compose.yaml"));
    Map<String, Object> services = map(compose.get("services"));
    Map<String, Object> mongo = map(services.get("mongo"));
    assertThat(list(mongo.get("command"))).containsSequence("--replSet", "rs0");
    Map<String, Object> init = map(services.get("mongo-init"));
    assertThat(String.join(" ", strings(init.get("command")))).contains("rs.initiate(");
    Map<String, Object> samspill = map(services.get("samspill"));
    Map<String, Object> after = map(samspill.get("depends_on"));
    assertThat(map(after.get("mongo")).get("condition")).isEqualTo("service_healthy");
    assertThat(map(after.get("mongo-init")).get("condition"))
        .isEqualTo("service_completed_successfully");
    assertThat(map(mongo.get("healthcheck"))).containsKey("test");
    assertThat(strings(map(samspill.get("healthcheck")).get("test")))
        .contains("/app/healthcheck.sh");
    assertThat(samspill.get("read_only")).isEqualTo(true);
    assertThat(strings(samspill.get("tmpfs"))).contains("/tmp");
    Object memory = path(samspill, "deploy", "resources", "limits", "memory");
    assertThat(mebibytes(memory.toString())).isLessThanOrEqualTo(LIMIT_MIB);
    assertThat(samspill.get("env_file")).isEqualTo(".env");
    Map<String, Object> volumes = map(compose.get("volumes"));
    assertThat(strings(mongo.get("volumes")))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(volumes).containsKey(v.split(":")[0]));
  }

  @Test
  void composeHoldsNoSecret() throws IOException {
    Map<String, Object> services = map(yaml(ROOT.resolve("deploy/compose.yaml")).get("services"));
    for (Object service : services.values()) {
      Map<String, Object> environment = map(map(service).getOrDefault("environment", Map.of()));
      environment.forEach(
          (name, value) -> {
            assertThat(app.reads(name)).as(name).isTrue();
            if (secretLike(name)) {
              // Only from .env, or a default without credentials in it.
              assertThat(value.toString()).as(name).startsWith("${").doesNotContain("@");
            }
          });
    }
  }

  @Test
  void deploymentRunsTwoNonRootReadOnlyReplicasWithinTheLimit() throws IOException {
    Map<String, Object> deployment = resource("Deployment");
    assertThat((Integer) path(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
    Map<String, Object> pod = map(path(deployment, "spec", "template", "spec"));
    assertThat(path(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
    assertThat((Integer) path(pod, "securityContext", "runAsUser")).isPositive();
    Map<String, Object> container = container(deployment);
    assertThat(path(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(path(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
    assertThat(strings(path(container, "securityContext", "capabilities", "drop"))).contains("ALL");
    long limit = mebibytes(path(container, "resources", "limits", "memory").toString());
    long request = mebibytes(path(container, "resources", "requests", "memory").toString());
    assertThat(limit).isLessThanOrEqualTo(LIMIT_MIB);
    assertThat(request).isPositive().isLessThanOrEqualTo(limit);
    // The read-only root needs a writable /tmp (Tomcat's work folder, HOME=/tmp).
    Map<String, Object> tmp =
        list(container.get("volumeMounts")).stream()
            .map(DeployFilesTest::map)
            .filter(m -> "/tmp".equals(m.get("mountPath")))
            .findFirst()
            .orElseThrow();
    assertThat(
            list(pod.get("volumes")).stream()
                .map(DeployFilesTest::map)
                .filter(v -> tmp.get("name").equals(v.get("name"))))
        .singleElement()
        .satisfies(v -> assertThat(v).containsKey("emptyDir"));
  }

  @Test
  void probesUseTheActuatorGroupsAndOnlyReadinessWaitsForMongo() throws IOException {
    Map<String, Object> container = container(resource("Deployment"));
    assertThat(path(container, "readinessProbe", "httpGet", "path"))
        .isEqualTo("/actuator/health/readiness");
    assertThat(path(container, "livenessProbe", "httpGet", "path"))
        .isEqualTo("/actuator/health/liveness");
    // The probes (and Prometheus) use the management port the ConfigMap sets, not the public one.
    Object managementPort = map(path(resource("ConfigMap"), "data")).get("MANAGEMENT_SERVER_PORT");
    Map<String, Object> management =
        list(container.get("ports")).stream()
            .map(DeployFilesTest::map)
            .filter(p -> "management".equals(p.get("name")))
            .findFirst()
            .orElseThrow();
    assertThat(String.valueOf(management.get("containerPort"))).isEqualTo(managementPort);
    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
      assertThat(path(container, probe, "httpGet", "port")).as(probe).isEqualTo("management");
    }
    Map<String, Object> annotations =
        map(path(resource("Deployment"), "spec", "template", "metadata", "annotations"));
    assertThat(annotations)
        .containsEntry("prometheus.io/port", managementPort)
        .containsEntry("prometheus.io/path", "/actuator/prometheus");
    Map<String, Object> application =
        yaml(ROOT.resolve("config/src/main/resources/application.yml"));
    Map<String, Object> health = map(path(application, "management", "endpoint", "health"));
    assertThat(path(health, "probes", "enabled")).isEqualTo(true);
    assertThat(path(application, "management", "endpoints", "web", "exposure", "include"))
        .asString()
        .contains("health");
    Map<String, Object> groups = map(health.get("group"));
    assertThat(path(groups, "readiness", "include").toString()).contains("mongo");
    // Liveness keeps Spring's default (livenessState only) or at least leaves MongoDB out.
    Object liveness = groups.containsKey("liveness") ? path(groups, "liveness", "include") : "";
    assertThat(liveness.toString()).doesNotContain("mongo");
  }

  @Test
  void secretsComeFromTheSecretAndEveryVariableIsOneTheAppReads() throws IOException {
    Map<String, Object> container = container(resource("Deployment"));
    Map<String, Object> template = resource("Secret");
    Map<String, Object> keys = map(template.get("stringData"));
    assertThat(keys).containsKeys("MONGODB_URI", "SAMSPILL_ADMIN_TOKEN", "SLACK_SIGNING_SECRET");
    assertThat(keys.values()).as("the template holds no secret").allMatch(""::equals);
    List<String> fromSecret = new ArrayList<>();
    for (Object entry : list(container.get("env"))) {
      Map<String, Object> env = map(entry);
      String name = env.get("name").toString();
      assertThat(app.reads(name)).as(name).isTrue();
      if (secretLike(name)) {
        assertThat(env).as(name).doesNotContainKey("value");
        Map<String, Object> ref = map(path(env, "valueFrom", "secretKeyRef"));
        assertThat(keys).containsKey(ref.get("key").toString());
        fromSecret.add(name);
      }
    }
    assertThat(fromSecret).contains("MONGODB_URI", "SAMSPILL_ADMIN_TOKEN", "SLACK_BOT_TOKEN");
    Map<String, Object> settings = map(resource("ConfigMap").get("data"));
    assertThat(settings.keySet())
        .allSatisfy(name -> assertThat(app.reads(name)).as(name).isTrue())
        .noneMatch(DeployFilesTest::secretLike);
  }

  @Test
  void serviceAndDisruptionBudgetSelectThePods() throws IOException {
    Map<String, Object> deployment = resource("Deployment");
    Map<String, Object> labels = map(path(deployment, "spec", "template", "metadata", "labels"));
    Map<String, Object> budget = resource("PodDisruptionBudget");
    assertThat(labels).containsAllEntriesOf(map(path(budget, "spec", "selector", "matchLabels")));
    int replicas = (Integer) path(deployment, "spec", "replicas");
    assertThat((Integer) path(budget, "spec", "minAvailable")).isBetween(1, replicas - 1);
    Map<String, Object> service = resource("Service");
    assertThat(labels).containsAllEntriesOf(map(path(service, "spec", "selector")));
    Object target = map(list(path(service, "spec", "ports")).get(0)).get("targetPort");
    assertThat(map(list(container(deployment).get("ports")).get(0)).get("name")).isEqualTo(target);
  }

  @Test
  void kustomizationAppliesEveryManifestButTheSecretTemplate() throws IOException {
    Path folder = ROOT.resolve("deploy/kubernetes");
    List<String> resources = strings(yaml(folder.resolve("kustomization.yaml")).get("resources"));
    try (Stream<Path> files = Files.list(folder)) {
      List<String> manifests =
          files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).toList();
      assertThat(resources)
          .containsExactlyInAnyOrderElementsOf(
              manifests.stream()
                  .filter(f -> !f.equals("kustomization.yaml") && !f.equals("secret.example.yaml"))
                  .toList());
    }
  }

  private static Map<String, Object> resource(String kind) throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("deploy/kubernetes"))) {
      List<Map<String, Object>> found = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        Map<String, Object> doc = yaml(file);
        if (kind.equals(doc.get("kind"))) {
          found.add(doc);
        }
      }
      assertThat(found).as(kind).hasSize(1);
      return found.get(0);
    }
  }

  private static Map<String, Object> container(Map<String, Object> deployment) {
    List<Object> containers = list(path(deployment, "spec", "template", "spec", "containers"));
    assertThat(containers).hasSize(1);
    return map(containers.get(0));
  }

  static Map<String, Object> yaml(Path file) throws IOException {
    return new Yaml().load(Files.readString(file));
  }

  static Object path(Map<String, Object> root, String... keys) {
    Object node = root;
    for (String key : keys) {
      assertThat(node).as(String.join(".", keys)).isInstanceOf(Map.class);
      node = map(node).get(key);
    }
    assertThat(node).as(String.join(".", keys)).isNotNull();
    return node;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }

  private static List<String> strings(Object node) {
    return list(node).stream().map(Object::toString).toList();
  }

  private static double number(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    assertThat(m.find()).as(pattern).isTrue();
    return Double.parseDouble(m.group(1));
  }

  /** A Kubernetes or compose memory quantity in MiB (Mi, Gi, M, G, m/g suffixes). */
  static long mebibytes(String quantity) {
    Matcher m = Pattern.compile("(\\d+)([KMG]i?|[kmg])?").matcher(quantity.trim());
    assertThat(m.matches()).as(quantity).isTrue();
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2);
    return switch (unit) {
      case "Gi", "G", "g" -> n * 1024;
      case "Mi", "M", "m" -> n;
      case "Ki", "K", "k" -> n / 1024;
      default -> n / (1024 * 1024);
    };
  }
}
