package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import no.samspill.core.privacy.AuditEntry;
import no.samspill.core.privacy.AuditLog;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "mine" through the web chat on MongoDB: open a reflection, reshare it, delete it, and what is
 * stored, archived and audited follows; a forged button for someone else's reflection does nothing.
 */
class MyReflectionsIntegrationTest {

  private static final String LESSON = "Send saksframlegget til gruppelederne en uke før.";
  private static final String ADMIN_TOKEN = "admin-token-for-mine-test";

  @TempDir static Path dir;
  static ConfigurableApplicationContext app;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    app =
        TestApp.start(
            dir.resolve("mine.mv"),
            TestApp.newDatabase(),
            "samspill.scheduling.enabled=false",
            "samspill.admin.token=" + ADMIN_TOKEN);
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void opensResharesAndDeletesOneReflectionAndTheArchiveFollows() throws Exception {
    Reflection named = stored(SampleData.PER, ShareChoice.NAMED, LESSON);
    String line = "• " + LESSON + " (Per Olsen, enhetsleder NAV)";
    String kept = "• Ta de kritiske spørsmålene først. (Per Olsen, enhetsleder NAV)";
    archived(List.of(line, kept));

    JsonNode list = chat("{\"leaderId\":\"sample-per\",\"text\":\"mine\"}");
    JsonNode pick = question(list);
    JsonNode open = click("sample-per", button(pick, "a:" + named.id().value()));
    assertThat(summaryLines(open))
        .contains("Deling: Med navnet mitt")
        .anyMatch(l -> l.endsWith(LESSON));

    JsonNode changed = click("sample-per", buttonLabelled(question(open), "Privat – bare meg"));

    assertThat(changed.get("replies").get(0).get("text").asString())
        .startsWith("Endret: Privat – bare meg.");
    Reflections reflections = app.getBean(Reflections.class);
    assertThat(reflections.findById(named.id()).orElseThrow().share())
        .isEqualTo(ShareChoice.PRIVATE);
    assertThat(archivedLines()).doesNotContain(line).contains(kept);

    question(chat("{\"leaderId\":\"sample-per\",\"text\":\"mine 1\"}"));
    JsonNode confirm =
        click("sample-per", buttonLabelled(question(lastTurn), "Slett refleksjonen"));
    JsonNode deleted = click("sample-per", buttonLabelled(question(confirm), "Ja, slett den"));

    assertThat(deleted.get("replies").get(0).get("text").asString())
        .isEqualTo("Refleksjonen er slettet.");
    assertThat(reflections.findById(named.id())).isEmpty();
    assertThat(app.getBean(AuditLog.class).about(SampleData.PER))
        .extracting(AuditEntry::action)
        .containsSubsequence(AuditEntry.SHARE_CHANGE, AuditEntry.DELETE_REFLECTION);
    String trail = auditExport();
    assertThat(json.readTree(trail).get("entries").findValuesAsString("kind"))
        .contains(AuditEntry.SHARE_CHANGE, AuditEntry.DELETE_REFLECTION);
    assertThat(trail).doesNotContain(LESSON).doesNotContain("saksframlegget");
  }

  /** The tenant's audit trail as the admin API exports it. */
  private static String auditExport() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/tenants/" + SampleData.TENANT + "/audit/export"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void aForgedButtonForAnotherLeadersReflectionChangesNothing() throws Exception {
    Reflection theirs = stored(SampleData.KARI, ShareChoice.NAMED, "Karis lærdom om tillit.");
    Reflection own = stored(SampleData.OLA, ShareChoice.PRIVATE, "Olas eigen lærdom.");
    JsonNode pick = question(chat("{\"leaderId\":\"sample-ola\",\"text\":\"mine\"}"));

    JsonNode forged =
        chat(
            "{\"leaderId\":\"sample-ola\",\"action\":{\"askedId\":\""
                + pick.get("askedId").asString()
                + "\",\"value\":\"a:"
                + theirs.id().value()
                + "\"}}");

    assertThat(forged.get("replies").get(0).get("text").asString())
        .isEqualTo(Messages.get(Language.NN, "mine.gone"));
    assertThat(forged.get("language").asString()).isEqualTo("nn");
    assertThat(app.getBean(Reflections.class).findById(theirs.id())).contains(theirs);
    assertThat(app.getBean(Reflections.class).findById(own.id())).contains(own);
    assertThat(app.getBean(AuditLog.class).about(SampleData.KARI)).isEmpty();
  }

  @Test
  void mine999SaysThereIsNoSuchReflectionInTheLeadersLanguage() throws Exception {
    JsonNode turn = chat("{\"leaderId\":\"sample-ingrid\",\"text\":\"my 999\"}");

    assertThat(turn.get("replies").get(0).get("text").asString())
        .isEqualTo(Messages.get(Language.EN, "mine.notfound", "999"));
    assertThat(turn.get("outcome").asString()).isEqualTo("COMMAND");
  }

  private static Reflection stored(LeaderId leader, ShareChoice share, String lesson) {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    return app.getBean(Reflections.class)
        .save(
            new Reflection(
                ReflectionId.random(),
                SampleData.TENANT,
                leader,
                Phase.POST,
                "post",
                1,
                null,
                null,
                List.of(Answer.text("post.lesson", "LESSON", lesson, now)),
                share,
                ReflectionStatus.COMPLETED,
                null,
                now,
                now,
                now,
                0));
  }

  private static void archived(List<String> lines) {
    DigestPosts posts = app.getBean(DigestPosts.class);
    String key = SampleData.TENANT.value() + "|2026-W01";
    posts.claim(key, Instant.now(), Duration.ofMinutes(5), "test");
    posts.finish(
        key,
        "test",
        "DELIVERED",
        new ArchivedDigest(
            SampleData.TENANT,
            "2026-W01",
            "Ukesammendrag for uke 1",
            List.of(new DigestText.Section("Lærdom – tillit", lines)),
            null,
            null,
            Instant.now()));
  }

  private static List<String> archivedLines() {
    return app
        .getBean(DigestPosts.class)
        .archived(SampleData.TENANT, "2026-W01")
        .orElseThrow()
        .sections()
        .stream()
        .flatMap(s -> s.lines().stream())
        .toList();
  }

  private static JsonNode lastTurn;

  private static JsonNode chat(String body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/web/chat"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    lastTurn = json.readTree(response.body());
    return lastTurn;
  }

  private static JsonNode click(String leader, JsonNode button) throws Exception {
    return chat(
        "{\"leaderId\":\""
            + leader
            + "\",\"action\":{\"askedId\":\""
            + button.get("askedId").asString()
            + "\",\"value\":\""
            + button.get("value").asString()
            + "\"}}");
  }

  private static JsonNode question(JsonNode turn) {
    return replies(turn).stream()
        .filter(r -> "question".equals(r.get("type").asString()))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("No question in " + turn));
  }

  private static JsonNode button(JsonNode question, String value) {
    return StreamSupport.stream(question.get("options").spliterator(), false)
        .filter(b -> value.equals(b.get("value").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No button " + value + " in " + question));
  }

  private static JsonNode buttonLabelled(JsonNode question, String label) {
    return StreamSupport.stream(question.get("options").spliterator(), false)
        .filter(b -> label.equals(b.get("label").asString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No button " + label + " in " + question));
  }

  private static List<String> summaryLines(JsonNode turn) {
    List<String> lines = new ArrayList<>();
    for (JsonNode reply : replies(turn)) {
      if ("summary".equals(reply.get("type").asString())) {
        reply
            .get("lines")
            .forEach(l -> lines.add(l.get("label").asString() + ": " + l.get("value").asString()));
      }
    }
    return lines;
  }

  private static List<JsonNode> replies(JsonNode turn) {
    return StreamSupport.stream(turn.get("replies").spliterator(), false).toList();
  }
}
