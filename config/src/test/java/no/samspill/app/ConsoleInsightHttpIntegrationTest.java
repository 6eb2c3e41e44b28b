package no.samspill.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.TenantErasure;
import no.samspill.core.directory.Tenants;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.SchedulePolicies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Innsikt over plain HTTP, for a municipality of the test's own with an anonymity threshold of 4: a
 * week with three leaders' answers is hidden in the chart and its table, a week with four is shown,
 * a private reflection counts only as participation, and no answer's text is ever on it.
 */
@SpringBootTest(
    classes = SamspillApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "samspill.mongodb.embedded-file=memory",
      "samspill.sample-data.enabled=true",
      "samspill.scheduling.enabled=false"
    })
class ConsoleInsightHttpIntegrationTest {

  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final String PRIVATE_LESSON = "Ordføreren ringte meg i går kveld";
  private static final String SHARED_LESSON = "Send sakspapirene to dager før";

  @LocalServerPort int port;
  @Autowired Tenants tenants;
  @Autowired Leaders leaders;
  @Autowired Reflections reflections;
  @Autowired SchedulePolicies policies;
  @Autowired TenantErasure erasure;
  private InsightFixture town;

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
  void aTownWithAThresholdOfFour() {
    ConsoleFixture.addPeople(tenants, leaders);
    town =
        new InsightFixture("Innsiktvik", tenants, leaders, reflections, policies, erasure)
            .withLeaders(6)
            .withThreshold(4);
  }

  @AfterEach
  void eraseTheTown() {
    town.erase();
  }

  @Test
  void aWeekOfThreeLeadersIsHiddenAndAWeekOfFourShownWithoutASingleAnswer() throws Exception {
    DigestWeek thisWeek = DigestWeek.containing(Instant.now(), SampleData.OSLO_ZONE);
    DigestWeek lastWeek = thisWeek.previous(SampleData.OSLO_ZONE);
    DigestWeek weekBefore = lastWeek.previous(SampleData.OSLO_ZONE);
    List<LeaderId> six = town.leaders;
    for (int i = 0; i < 3; i++) {
      town.afterMeeting(six.get(i), tuesday(weekBefore), ShareChoice.ANONYMOUS, 2, SHARED_LESSON);
    }
    for (int i = 0; i < 4; i++) {
      town.afterMeeting(six.get(i), tuesday(lastWeek), ShareChoice.NAMED, 4, SHARED_LESSON);
    }
    town.afterMeeting(six.get(4), tuesday(lastWeek), ShareChoice.PRIVATE, 1, PRIVATE_LESSON);

    String session = ConsoleHttpSignIn.signIn(port, PROVIDER, town.coordinatorEmail);
    HttpResponse<String> page = ConsoleHttpSignIn.get(port, "/console/insight", session);

    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("<html lang=\"nb\"", "<h1>Innsikt</h1>", "aria-current=\"page\"");
    // Four shared leaders: their average; the fifth leader's private 1 counts only as taking part.
    assertThat(row(body, "trust", week(lastWeek))).isEqualTo(week(lastWeek) + " 4 4,0");
    assertThat(row(body, "participation", week(lastWeek))).isEqualTo(week(lastWeek) + " 5 5 5");
    assertThat(row(body, "trust", week(weekBefore)))
        .isEqualTo(week(weekBefore) + " færre enn 4 ledere færre enn 4 ledere");
    assertThat(row(body, "participation", week(weekBefore)))
        .isEqualTo(week(weekBefore) + " færre enn 4 ledere".repeat(3));
    assertThat(row(body, "conflict", "Finne en løsning sammen"))
        .isEqualTo("Finne en løsning sammen færre enn 4 ledere 7");
    assertThat(rows(body, "participation")).hasSize(12);
    assertThat(body)
        .doesNotContain(PRIVATE_LESSON, SHARED_LESSON, "Leder 1", "Leder 5")
        .contains("Kommunestyreperioden 2023–2027 så langt");
  }

  @Test
  void theOverviewShowsThisWeeksParticipationOnlyFromTheThresholdUp() throws Exception {
    Instant justNow = Instant.now().minusSeconds(60);
    List<LeaderId> six = town.leaders;
    for (int i = 0; i < 3; i++) {
      town.afterMeeting(six.get(i), justNow, ShareChoice.PRIVATE, 3, PRIVATE_LESSON);
    }
    String session = ConsoleHttpSignIn.signIn(port, PROVIDER, town.coordinatorEmail);

    String three = ConsoleHttpSignIn.get(port, "/console", session).body();
    assertThat(count(three, "active-count")).isEqualTo("Færre enn 4 ledere, så tallet vises ikke.");
    assertThat(count(three, "started-count")).isEqualTo(count(three, "active-count"));

    town.afterMeeting(six.get(3), justNow, ShareChoice.PRIVATE, 3, PRIVATE_LESSON);
    String four = ConsoleHttpSignIn.get(port, "/console", session).body();
    // Private reflections count as taking part; nothing of what they say is on the page.
    assertThat(count(four, "active-count")).isEqualTo("4");
    assertThat(count(four, "started-count")).isEqualTo("4");
    assertThat(count(four, "finished-count")).isEqualTo("4");
    assertThat(four).doesNotContain(PRIVATE_LESSON);
  }

  private static String count(String body, String testId) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("data-testid=\"" + testId + "\"[^>]*>([^<]*)<")
            .matcher(body);
    assertThat(m.find()).as(testId).isTrue();
    return m.group(1).trim();
  }

  @Test
  void anotherTownsCoordinatorSeesNoneOfIt() throws Exception {
    DigestWeek lastWeek =
        DigestWeek.containing(Instant.now(), SampleData.OSLO_ZONE).previous(SampleData.OSLO_ZONE);
    for (LeaderId leader : town.leaders) {
      town.afterMeeting(leader, tuesday(lastWeek), ShareChoice.ANONYMOUS, 5, SHARED_LESSON);
    }
    String session = ConsoleHttpSignIn.signIn(port, PROVIDER, ConsoleFixture.BERIT_EMAIL);
    String body = ConsoleHttpSignIn.get(port, "/console/insight", session).body();
    assertThat(row(body, "trust", week(lastWeek)))
        .isEqualTo(week(lastWeek) + " færre enn 3 ledere færre enn 3 ledere");
  }

  @Test
  void aSignedOutVisitorIsSentToSignIn() throws Exception {
    HttpResponse<String> page = ConsoleHttpSignIn.get(port, "/console/insight", null);
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("location").orElseThrow()).endsWith("/console/sign-in");
  }

  private static Instant tuesday(DigestWeek week) {
    return week.start().plus(Duration.ofHours(24 + 10));
  }

  private static String week(DigestWeek week) {
    return "Uke " + week.week();
  }

  /** One row of a chart's table as its text reads, cells separated by a space. */
  private static String row(String body, String chart, String label) {
    return rows(body, chart).stream()
        .filter(r -> r.startsWith(label + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + chart));
  }

  private static List<String> rows(String body, String chart) {
    int table = body.indexOf("data-testid=\"" + chart + "\"");
    assertThat(table).as("chart " + chart).isPositive();
    String tbody = body.substring(body.indexOf("<tbody>", table), body.indexOf("</tbody>", table));
    List<String> rows = new ArrayList<>();
    Matcher row = ROW.matcher(tbody);
    while (row.find()) {
      rows.add(row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
    }
    return rows;
  }
}
