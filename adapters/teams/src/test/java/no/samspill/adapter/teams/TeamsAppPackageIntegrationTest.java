package no.samspill.adapter.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Teams app package the build writes (target/samspill-teams-app.zip): its manifest validated
 * against Microsoft's schema of the version it declares (v1.30, kept in the test resources since
 * the schema's host cannot be reached here), and what the schema cannot check: the app's own
 * choices and the icons' pixels.
 */
class TeamsAppPackageIntegrationTest {

  private static final Pattern GUID =
      Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");
  private static final Pattern SEMVER =
      Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$");

  private static final String SCHEMA_VERSION = "1.30";
  private static final String SCHEMA_URL =
      "https://developer.microsoft.com/json-schemas/teams/v"
          + SCHEMA_VERSION
          + "/MicrosoftTeams.schema.json";

  static Map<String, byte[]> files = new HashMap<>();
  static JsonNode manifest;

  @BeforeAll
  static void unzip() throws IOException {
    Path zip = Path.of("target", "samspill-teams-app.zip");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    manifest = new ObjectMapper().readTree(files.get("manifest.json"));
  }

  @Test
  void holdsTheManifestAndBothIconsAtTheTopLevel() {
    assertThat(files.keySet())
        .containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
  }

  @Test
  void isValidAgainstMicrosoftsSchemaOfTheVersionItDeclares() throws IOException {
    assertThat(manifest.get("$schema").asText()).isEqualTo(SCHEMA_URL);
    assertThat(manifest.get("manifestVersion").asText()).isEqualTo(SCHEMA_VERSION);

    assertThat(schemaErrors(new String(files.get("manifest.json"), StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void theSchemaCheckRefusesAManifestMissingAFieldOrCarryingAnUnknownOne() throws IOException {
    ObjectNode broken = manifest.deepCopy();
    broken.remove("accentColor");
    broken.put("botName", "Samspill");

    assertThat(schemaErrors(broken.toString()))
        .anySatisfy(e -> assertThat(e).contains("accentColor"))
        .anySatisfy(e -> assertThat(e).contains("botName"));
  }

  @Test
  void hasEveryRequiredFieldInTheAppsOwnForm() {
    for (String field :
        List.of("version", "id", "developer", "name", "description", "icons", "accentColor")) {
      assertThat(manifest.has(field)).as(field).isTrue();
    }
    assertThat(manifest.get("version").asText()).matches(SEMVER);
    assertThat(manifest.get("id").asText()).matches(GUID);
    assertThat(manifest.get("accentColor").asText()).matches("^#[0-9a-fA-F]{6}$");
    JsonNode developer = manifest.get("developer");
    assertThat(developer.get("name").asText()).hasSizeLessThanOrEqualTo(32);
    for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
      assertThat(developer.get(url).asText()).as(url).startsWith("https://");
    }
    assertThat(manifest.get("name").get("short").asText()).hasSizeLessThanOrEqualTo(30);
    assertThat(manifest.get("name").get("full").asText()).hasSizeLessThanOrEqualTo(100);
    assertThat(manifest.get("description").get("short").asText()).hasSizeLessThanOrEqualTo(80);
    assertThat(manifest.get("description").get("full").asText()).hasSizeLessThanOrEqualTo(4000);
  }

  private static List<String> schemaErrors(String json) throws IOException {
    String resource = "/teams-schema/MicrosoftTeams.v" + SCHEMA_VERSION + ".schema.json";
    try (InputStream in = TeamsAppPackageIntegrationTest.class.getResourceAsStream(resource)) {
      SchemaRegistryConfig ecmaPatterns =
          SchemaRegistryConfig.builder()
              .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
              .build();
      Schema schema =
          SchemaRegistry.withDefaultDialect(
                  SpecificationVersion.DRAFT_4, r -> r.schemaRegistryConfig(ecmaPatterns))
              .getSchema(in);
      return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
  }

  @Test
  void offersTheBotInPersonalAndTeamScopesWithShortCommands() {
    JsonNode bot = manifest.get("bots").get(0);
    assertThat(manifest.get("bots")).hasSize(1);
    assertThat(bot.get("botId").asText()).matches(GUID).isEqualTo(manifest.get("id").asText());
    assertThat(bot.get("scopes").toString()).contains("personal", "team");
    for (JsonNode list : bot.get("commandLists")) {
      assertThat(list.get("commands").size()).isBetween(1, 10);
      for (JsonNode command : list.get("commands")) {
        assertThat(command.get("title").asText()).hasSizeLessThanOrEqualTo(32);
        assertThat(command.get("description").asText()).hasSizeLessThanOrEqualTo(128);
      }
    }
  }

  @Test
  void hasA192ColourIconAndA32WhiteOnTransparentOutline() throws IOException {
    BufferedImage color = ImageIO.read(new ByteArrayInputStream(files.get("color.png")));
    BufferedImage outline = ImageIO.read(new ByteArrayInputStream(files.get("outline.png")));

    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 32; y++) {
        int argb = outline.getRGB(x, y);
        boolean transparent = (argb >>> 24) == 0;
        boolean white = (argb & 0xFFFFFF) == 0xFFFFFF;
        assertThat(transparent || white).as("pixel %d,%d", x, y).isTrue();
      }
    }
  }
}
