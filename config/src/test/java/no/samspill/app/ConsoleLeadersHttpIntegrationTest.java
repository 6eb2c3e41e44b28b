package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.conversation.HandleMessage;
import no.samspill.core.conversation.IncomingMessage;
import no.samspill.core.conversation.StartReflection;
import no.samspill.core.directory.ChatIdentity;
import no.samspill.core.directory.ChatUser;
import no.samspill.core.directory.Leader;
import no.samspill.core.directory.LeaderActivity;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.reflection.Phase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ledere and Oversikt over plain HTTP for a municipality of the test's own: each leader's last
 * activity (a real chat turn, earlier days, never) and what keeps Samspill from reaching them, the
 * invitation for new leaders, in bokmål and English; another municipality's coordinator sees none
 * of it, and the page reads every leader's activity at once.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.web.demo=true",
      "samspill.scheduling.enabled=false"
    })
@Import(ConsoleLeadersHttpIntegrationTest.CountedCommands.class)
class ConsoleLeadersHttpIntegrationTest {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea id=\"invitation-text\"([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final String PRIVATE_ANSWER = "Ordføreren ringte meg om budsjettet";

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired LeaderActivity activity;
  @Autowired TenantErasure erasure;
  @Autowired HandleMessage chat;
  @Autowired StartReflection startReflection;
  @Autowired AtomicInteger mongoCommands;

  private LeadersFixture town;
  private LeadersFixture other;
  private Leader astrid;
  private Leader ola;
  private Leader ingrid;
  private Leader nils;
  private Leader siv;

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    PROVIDER.start();
    ConsoleFixture.properties(PROVIDER).forEach((key, value) -> registry.add(key, () -> value));
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @BeforeEach
  void aTownOfLeaders() {
    town = new LeadersFixture("Lederdal kommune", Language.NB, tenants, leaders, activity, erasure);
    astrid = town.leader("Astrid Aktiv", Language.NB, town.web("astrid"));
    ola = town.leader("Ola Igår", Language.NN, town.web("ola"));
    ingrid = town.leader("Ingrid Eldre", Language.EN, town.web("ingrid"));
    nils = town.leader("Nils Aldri", Language.NB, null);
    siv = town.leader("Siv Slack", Language.NB, new ChatIdentity("slack", "T-LEDERDAL", "U1"));
    town.activeDaysAgo(ola, 1);
    town.activeDaysAgo(ingrid, 10);
    other = new LeadersFixture("Annenby kommune", Language.NB, tenants, leaders, activity, erasure);
  }

  @AfterEach
  void eraseTheTowns() {
    town.erase();
    other.erase();
  }

  @Test
  void ledereShowsWhenEachLeaderWasLastActiveButNothingOfWhatTheyWrote() throws Exception {
    // A private reflection, answered in the chat: the time counts, the answer is nobody's business.
    startReflection.start(new StartReflection.Command(astrid.id(), Phase.AD_HOC, null, null));
    chat.handle(IncomingMessage.text(ChatUser.of(town.web("astrid")), PRIVATE_ANSWER));

    String body = page(town.coordinatorEmail, "/console/leaders");

    assertThat(body).contains("<th scope=\"col\">Sist aktiv</th>");
    assertThat(cell(body, "leaders", "Astrid Aktiv", "last-active")).isEqualTo("I dag");
    assertThat(cell(body, "leaders", "Ola Igår", "last-active")).isEqualTo("I går");
    assertThat(cell(body, "leaders", "Ingrid Eldre", "last-active"))
        .isEqualTo(date(Language.NB, 10));
    assertThat(cell(body, "leaders", "Nils Aldri", "last-active")).isEqualTo("Aldri");
    assertThat(body)
        .contains(
            "<time datetime=\""
                + LeadersFixture.noon(10).atZone(LeadersFixture.OSLO).toLocalDate()
                + "\">")
        .contains("Bare tidspunktet lagres, aldri hva lederen skrev.")
        .doesNotContain(PRIVATE_ANSWER);
  }

  @Test
  void ledereAndOversiktSayWhoCannotBeReachedAndWhyInBokmal() throws Exception {
    String leadersPage = page(town.coordinatorEmail, "/console/leaders");
    assertThat(cell(leadersPage, "leaders", "Astrid Aktiv", "reach"))
        .isEqualTo("Nettchatten (demo)");
    assertThat(cell(leadersPage, "leaders", "Nils Aldri", "reach"))
        .startsWith("Nås ikke: Har ikke skrevet til Samspill ennå");
    assertThat(cell(leadersPage, "leaders", "Siv Slack", "reach"))
        .isEqualTo(
            "Nås ikke: Er bare koblet til Slack, som ikke er satt opp i denne installasjonen av"
                + " Samspill.");

    String overview = page(town.coordinatorEmail, "/console");

    assertThat(overview).contains("<h3 id=\"unreachable-title\">Ledere Samspill ikke når</h3>");
    assertThat(rows(overview, "unreachable"))
        .containsExactly(
            "Nils Aldri – Har ikke skrevet til Samspill ennå, så Samspill vet ikke hvor lederen kan"
                + " nås. Send invitasjonen.",
            "Siv Slack Slack Er bare koblet til Slack, som ikke er satt opp i denne installasjonen"
                + " av Samspill.");
    assertThat(overview)
        .contains("2 ledere får ikke påminnelser før dette er i orden.")
        .contains("href=\"/console/leaders/" + nils.id().value() + "\"")
        .contains("href=\"/console/leaders/" + siv.id().value() + "\"");
  }

  @Test
  void anEnglishSpeakingCoordinatorReadsItAllInEnglish() throws Exception {
    LeadersFixture abroad =
        new LeadersFixture("Fjordby kommune", Language.EN, tenants, leaders, activity, erasure);
    try {
      abroad.leader("Kim Today", Language.NB, abroad.web("kim"));
      Leader lee = abroad.leader("Lee Yesterday", Language.NB, abroad.web("lee"));
      abroad.leader("Noa Never", Language.NB, null);
      chat.handle(IncomingMessage.text(ChatUser.of(abroad.web("kim")), "hjelp"));
      abroad.activeDaysAgo(lee, 1);
      Leader old = abroad.leader("Old Timer", Language.NB, abroad.web("old"));
      abroad.activeDaysAgo(old, 40);

      String body = page(abroad.coordinatorEmail, "/console/leaders");
      String overview = page(abroad.coordinatorEmail, "/console");

      assertThat(body).contains("<html lang=\"en\"", "<th scope=\"col\">Last active</th>");
      assertThat(cell(body, "leaders", "Kim Today", "last-active")).isEqualTo("Today");
      assertThat(cell(body, "leaders", "Lee Yesterday", "last-active")).isEqualTo("Yesterday");
      assertThat(cell(body, "leaders", "Noa Never", "last-active")).isEqualTo("Never");
      assertThat(cell(body, "leaders", "Old Timer", "last-active"))
          .isEqualTo(date(Language.EN, 40));
      assertThat(cell(body, "leaders", "Noa Never", "reach"))
          .isEqualTo(
              "Cannot be reached: Has not written to Samspill yet, so Samspill does not know where"
                  + " to reach them. Send the invitation.");
      assertThat(overview).contains("Leaders Samspill cannot reach", "1 leader gets no reminders");
      assertThat(rows(overview, "unreachable")).singleElement().asString().startsWith("Noa Never");
      assertThat(invitation(body))
          .startsWith("Hello,\n\nFjordby kommune is starting to use Samspill")
          .contains("To find Samspill in Microsoft Teams")
          .contains("Write \"help\" to Samspill")
          .endsWith("Best regards,\nKoordinator Fjordby kommune");
    } finally {
      abroad.erase();
    }
  }

  @Test
  void theInvitationIsInTheCoordinatorsLanguageOnTheListAndInTheLeadersOwnOnTheirPage()
      throws Exception {
    String list = page(town.coordinatorEmail, "/console/leaders");
    assertThat(list).contains("<summary>Invitasjon til nye ledere</summary>");
    assertThat(list).contains("<label for=\"invitation-text\">Tekst å kopiere (Bokmål)</label>");
    assertThat(textareaAttributes(list)).contains("readonly", "lang=\"nb\"");
    assertThat(invitation(list))
        .startsWith("Hei!\n\nLederdal kommune tar i bruk Samspill")
        .contains("Det du skriver, er privat.")
        .contains("aldri tall fra færre enn 3 ledere")
        .contains("Slik finner du Samspill i Microsoft Teams")
        .contains("Skriv «hjelp» til Samspill")
        .endsWith("Hilsen\nKoordinator Lederdal kommune");

    String olasPage = page(town.coordinatorEmail, "/console/leaders/" + ola.id().value());
    assertThat(olasPage).contains("<summary>Invitasjon til Ola Igår</summary>");
    assertThat(textareaAttributes(olasPage)).contains("lang=\"nn\"");
    assertThat(invitation(olasPage))
        .startsWith("Hei!\n\nLederdal kommune tek i bruk Samspill")
        .endsWith("Helsing\nKoordinator Lederdal kommune");
    assertThat(olasPage).doesNotContain("<details data-testid=\"invitation\" open");
  }

  @Test
  void aLeaderJustAddedIsShownWithTheInvitationOpen() throws Exception {
    String session = ConsoleHttpSignIn.signIn(port, PROVIDER, town.coordinatorEmail);
    ConsoleSession console = ConsoleSession.of(port, session);
    String form = console.get("/console/leaders/new").body();

    HttpResponse<String> added =
        console.post(
            "/console/leaders",
            ConsoleSession.form(
                ConsoleSession.csrf(form),
                "name",
                "Nora Ny",
                "role",
                "Enhetsleder",
                "email",
                "nora.ny@lederdal.kommune.no",
                "language",
                "en",
                "timeZone",
                "Europe/Oslo"));

    assertThat(added.statusCode()).isEqualTo(302);
    String location = added.headers().firstValue("location").orElseThrow();
    assertThat(location).contains("?saved&added");
    String page = console.get(location.substring(location.indexOf("/console"))).body();
    assertThat(page).contains("<details data-testid=\"invitation\" open", "<dt>Nås ikke</dt>");
    assertThat(cell(page, "leader-facts", null, "reach"))
        .startsWith("Har ikke skrevet til Samspill ennå");
    assertThat(cell(page, "leader-facts", null, "last-active")).isEqualTo("Aldri");
    assertThat(invitation(page))
        .startsWith("Hello,\n\nLederdal kommune is starting to use Samspill");
  }

  @Test
  void anotherMunicipalitysCoordinatorSeesNoneOfTheLeadersAndGets404ForThem() throws Exception {
    String session = ConsoleHttpSignIn.signIn(port, PROVIDER, other.coordinatorEmail);

    String list = ConsoleHttpSignIn.get(port, "/console/leaders", session).body();
    String overview = ConsoleHttpSignIn.get(port, "/console", session).body();
    HttpResponse<String> olas =
        ConsoleHttpSignIn.get(port, "/console/leaders/" + ola.id().value(), session);

    assertThat(list).contains("Koordinator Annenby kommune").doesNotContain("Ola Igår", "Nils");
    assertThat(overview)
        .doesNotContain("Nils Aldri", "Siv Slack")
        .contains("Samspill når alle lederne på plattformen deres.");
    assertThat(olas.statusCode()).isEqualTo(404);
    assertThat(olas.body()).doesNotContain("Ola Igår");
  }

  @Test
  void theListReadsEveryLeadersActivityAndReachAtOnceNotOncePerLeader() throws Exception {
    String session = ConsoleHttpSignIn.signIn(port, PROVIDER, town.coordinatorEmail);
    int few = commandsFor("/console/leaders", session);
    for (int i = 0; i < 5; i++) {
      Leader more = town.leader("Flere " + i, Language.NB, town.web("more-" + i));
      town.activeDaysAgo(more, i);
    }
    town.leader("Uten chat", Language.NB, null);

    int many = commandsFor("/console/leaders", session);

    assertThat(many).as("commands for 6 leaders and for 12").isEqualTo(few);
  }

  private int commandsFor(String path, String session) throws Exception {
    int before = mongoCommands.get();
    assertThat(ConsoleHttpSignIn.get(port, path, session).statusCode()).isEqualTo(200);
    return mongoCommands.get() - before;
  }

  private String page(String email, String path) throws Exception {
    String session = ConsoleHttpSignIn.signIn(port, PROVIDER, email);
    HttpResponse<String> page = ConsoleHttpSignIn.get(port, path, session);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return page.body();
  }

  private static String date(Language language, int daysAgo) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(language.locale())
        .format(LeadersFixture.noon(daysAgo).atZone(LeadersFixture.OSLO).toLocalDate());
  }

  /**
   * The text of the element marked {@code testId} in the row naming {@code name} (any, if null).
   */
  private static String cell(String body, String table, String name, String testId) {
    int start = body.indexOf("data-testid=\"" + table + "\"");
    assertThat(start).as(table).isPositive();
    String rest = body.substring(start);
    if (name != null) {
      int at = rest.indexOf(">" + name + "<");
      assertThat(at).as(name + " in " + table).isPositive();
      rest = rest.substring(at);
    }
    Matcher m =
        Pattern.compile("data-testid=\"" + testId + "\"[^>]*>(.*?)</(td|dd)>", Pattern.DOTALL)
            .matcher(rest);
    assertThat(m.find()).as(testId + " of " + name).isTrue();
    return text(m.group(1));
  }

  private static List<String> rows(String body, String table) {
    int at = body.indexOf("data-testid=\"" + table + "\"");
    assertThat(at).as(table).isPositive();
    String tbody = body.substring(body.indexOf("<tbody>", at), body.indexOf("</tbody>", at));
    List<String> rows = new ArrayList<>();
    Matcher row = ROW.matcher(tbody);
    while (row.find()) {
      rows.add(text(row.group(1)));
    }
    return rows;
  }

  private static String invitation(String body) {
    Matcher m = TEXTAREA.matcher(body);
    assertThat(m.find()).as("the invitation's text area").isTrue();
    return unescape(m.group(2));
  }

  private static String textareaAttributes(String body) {
    Matcher m = TEXTAREA.matcher(body);
    assertThat(m.find()).as("the invitation's text area").isTrue();
    return m.group(1);
  }

  private static String text(String html) {
    return unescape(html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /** Counts every command the app's MongoDB client sends. */
  @TestConfiguration
  static class CountedCommands {
    @Bean
    AtomicInteger mongoCommands() {
      return new AtomicInteger();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer countMongoCommands(AtomicInteger mongoCommands) {
      return settings ->
          settings.addCommandListener(
              new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                  mongoCommands.incrementAndGet();
                }
              });
    }
  }
}
