package no.samspill.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.Test;

class ImportSourcesTest {

  private static final Instant NEXT_WEEK = ChatHarness.START.plus(Duration.ofDays(7));

  private final SourcesHarness h = new SourcesHarness();
  private final InMemoryPorts store = h.store;
  private final TenantId tenant = h.tenant;
  private final PoliticalBody council = h.council;
  private final InMemoryImportSources sources = h.sources;
  private final InMemoryImportRuns runs = h.runs;
  private final FakeSourceReader reader = h.reader;
  private final ManageImportSources manage = h.manage;
  private final ImportFromSources imports = h.imports;
  private final ChatHarness chat = h.chat;

  private ManageImportSources.Draft feed(String url) {
    return h.feed(url);
  }

  private String refusal(ManageImportSources.Draft draft) {
    CaseworkRefused refused =
        catchThrowableOfType(CaseworkRefused.class, () -> manage.add(tenant, draft));
    assertThat(refused).as("refused").isNotNull();
    assertThat(sources.stored).as("nothing saved").isEmpty();
    return refused.field() + ": " + refused.explanation(Language.EN);
  }

  @Test
  void acceptsAnHttpsFeedForABodyOfTheTenant() {
    ImportSource added = manage.add(tenant, feed(" https://kalender.fjordvik.kommune.no/fsk.ics "));

    assertThat(sources.findByTenant(tenant)).containsExactly(added);
    assertThat(added.url()).isEqualTo("https://kalender.fjordvik.kommune.no/fsk.ics");
    assertThat(added.configured()).isFalse();
  }

  @Test
  void refusesAddressesThatAreNotHttpsOrHoldCredentialsOrPointInside() {
    assertThat(refusal(feed("http://kalender.example.no/a.ics"))).startsWith("url: ");
    assertThat(refusal(feed("https://kari:hemmelig@kalender.example.no/a.ics")))
        .contains("user name or password");
    assertThat(refusal(feed("https://127.0.0.1/a.ics"))).startsWith("url: ");
    assertThat(refusal(feed("https://10.1.2.3/a.ics"))).startsWith("url: ");
    assertThat(refusal(feed("https://169.254.169.254/latest/meta-data"))).startsWith("url: ");
    assertThat(refusal(feed("https://localhost:8080/a.ics"))).startsWith("url: ");
    assertThat(refusal(feed("https://[::1]/a.ics"))).startsWith("url: ");
    assertThat(refusal(feed("ftp://kalender.example.no/a.ics"))).startsWith("url: ");
    assertThat(refusal(feed("kalender.example.no/a.ics"))).startsWith("url: ");
    assertThat(refusal(feed(""))).startsWith("url: ");
  }

  @Test
  void refusesABodyOfAnotherTenantAndAnEinnsynSourceWithoutItsUnit() {
    PoliticalBody theirs =
        new PoliticalBody(BodyId.random(), TestTenants.STORBY, "Formannskapet", BodyKind.OTHER);
    store.bodies().save(theirs);

    assertThat(
            refusal(
                new ManageImportSources.Draft(
                    ImportSource.Kind.ICS, theirs.id().value(), "https://a.no/a.ics", null, null)))
        .startsWith("body: ");
    assertThat(
            refusal(
                new ManageImportSources.Draft(
                    ImportSource.Kind.EINNSYN, council.id().value(), null, " ", "Formannskapet")))
        .startsWith("unit: ");
  }

  @Test
  void allowsPlainHttpOnThisMachineOnlyWhenTheDeploymentSaysSo() {
    ManageImportSources local =
        new ManageImportSources(sources, runs, store.bodies(), List.of(reader), true);

    assertThat(local.add(tenant, feed("http://localhost:8089/a.ics")).url())
        .isEqualTo("http://localhost:8089/a.ics");
    for (String refused : List.of("http://a.example.no/a.ics", "https://192.168.1.10/a.ics")) {
      assertThat(
              catchThrowableOfType(CaseworkRefused.class, () -> local.add(tenant, feed(refused))))
          .as(refused)
          .isNotNull();
    }
  }

  @Test
  void importNowAppliesTheFeedAndRecordsItsLastRun() {
    ImportSource source = manage.add(tenant, feed("https://a.example.no/a.ics"));
    reader.feed = meetings("uid-1", "uid-2");

    ImportRun run = imports.importNow(tenant, source.id()).orElseThrow().run().orElseThrow();

    assertThat(run.created()).isEqualTo(2);
    assertThat(run.succeeded()).isTrue();
    assertThat(store.meetings().findImported(tenant, "source:" + source.id() + "#")).hasSize(2);
    assertThat(imports.list(tenant))
        .singleElement()
        .satisfies(s -> assertThat(s.lastRun()).contains(run));
  }

  @Test
  void aFeedThatCannotBeReadIsRecordedWithItsReasonAndChangesNothing() {
    ImportSource source = manage.add(tenant, feed("https://a.example.no/a.ics"));
    reader.feed = meetings("uid-1");
    imports.importNow(tenant, source.id());
    reader.failure = UnreadableSourceException.httpStatus("HTTP 404", 404);

    ImportRun run = imports.importNow(tenant, source.id()).orElseThrow().run().orElseThrow();

    assertThat(run.failure()).isEqualTo(ImportFailure.HTTP_STATUS);
    assertThat(run.detail()).isEqualTo("404");
    assertThat(store.meetings().findImported(tenant, "source:" + source.id() + "#"))
        .singleElement()
        .satisfies(m -> assertThat(m.cancelled()).isFalse());
  }

  @Test
  void anotherTenantsSourceIsNotFound() {
    ImportSource source = manage.add(tenant, feed("https://a.example.no/a.ics"));

    assertThat(imports.importNow(TestTenants.STORBY, source.id())).isEmpty();
    assertThat(manage.remove(TestTenants.STORBY, source.id())).isFalse();
    assertThat(manage.edit(TestTenants.STORBY, source.id(), feed("https://b.no/b.ics"))).isEmpty();
    assertThat(sources.findByTenant(tenant)).containsExactly(source);
  }

  @Test
  void aPollingRoundRunsEachSourceOnceAndTheConfiguredOnesToo() {
    manage.add(tenant, feed("https://a.example.no/a.ics"));
    reader.configured.add(
        ImportSource.configured(
            ImportSource.Kind.ICS,
            tenant,
            council.id(),
            "https://env.example.no/a.ics",
            null,
            null));
    reader.feed = meetings("uid-1");

    assertThat(imports.pollRound(ImportSource.Kind.ICS)).hasSize(2);
    assertThat(imports.pollRound(ImportSource.Kind.ICS)).as("the same round again").isEmpty();
    chat.clock().advance(Duration.ofMinutes(30));
    assertThat(imports.pollRound(ImportSource.Kind.ICS)).hasSize(2);
    assertThat(reader.reads.get()).isEqualTo(4);
    assertThat(imports.list(tenant))
        .extracting(s -> s.source().configured(), s -> s.lastRun().isPresent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, true),
            org.assertj.core.groups.Tuple.tuple(false, true));
    assertThat(imports.list(TestTenants.STORBY)).isEmpty();
  }

  static MeetingFeed meetings(String... uids) {
    List<ImportedMeeting> meetings = new ArrayList<>();
    for (String uid : uids) {
      meetings.add(
          new ImportedMeeting(
              uid,
              "Møte " + uid,
              NEXT_WEEK,
              NEXT_WEEK.plus(Duration.ofHours(2)),
              false,
              List.of()));
    }
    return new MeetingFeed(meetings, List.of(), true);
  }
}
