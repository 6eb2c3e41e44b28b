package no.samspill.core.imports;

import static no.samspill.core.imports.ImportSourcesTest.meetings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.testing.InMemoryPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same feed for the same body, configured by the deployment and stored in the console, is
 * imported once, through the configured one; the console refuses to store a repeat.
 */
class DistinctSourcesTest {

  private final SourcesHarness h = new SourcesHarness();
  private final InMemoryPorts store = h.store;
  private final TenantId tenant = h.tenant;
  private final PoliticalBody council = h.council;
  private final PoliticalBody school =
      new PoliticalBody(BodyId.random(), tenant, "Oppvekstutvalget", BodyKind.UTVALG);
  private final InMemoryImportSources sources = h.sources;
  private final FakeSourceReader reader = h.reader;
  private final ManageImportSources manage = h.manage;
  private final ImportFromSources imports = h.imports;
  private ImportSource configured;

  @BeforeEach
  void setUp() {
    store.bodies().save(school);
    configured =
        ImportSource.configured(
            ImportSource.Kind.ICS,
            tenant,
            council.id(),
            "https://kalender.lillevik.no/ks.ics?token=Ab12",
            null,
            null);
    reader.configured.add(configured);
    reader.feed = meetings("uid-1", "uid-2");
  }

  private ImportSource storeDirectly(String url) {
    // As an older version, or two coordinators saving at once, could have stored it.
    ImportSource stored =
        new ImportSource(
            "stored-1", tenant, ImportSource.Kind.ICS, council.id(), url, null, null, false);
    sources.save(stored);
    return stored;
  }

  private ManageImportSources.Draft feed(PoliticalBody body, String url) {
    return h.feed(body, url);
  }

  @Test
  void theSameFeedConfiguredAndStoredIsImportedOnceAPollingRound() {
    storeDirectly("HTTPS://Kalender.Lillevik.no:443/ks.ics?token=Ab12#uke");

    assertThat(imports.pollRound(ImportSource.Kind.ICS)).hasSize(1);

    assertThat(reader.reads.get()).isEqualTo(1);
    assertThat(store.meetings().findImported(tenant, configured.name() + "#")).hasSize(2);
    assertThat(store.meetings().findImported(tenant, "source:stored-1#")).isEmpty();
  }

  @Test
  void theListShowsTheRepeatWithTheConfiguredSourcesLastRunAndImportNowRunsThatOne() {
    ImportSource stored = storeDirectly("https://kalender.lillevik.no/ks.ics?token=Ab12");

    ImportRun run = imports.importNow(tenant, stored.id()).orElseThrow().run().orElseThrow();

    assertThat(store.meetings().findImported(tenant, configured.name() + "#")).hasSize(2);
    assertThat(imports.list(tenant))
        .extracting(
            s -> s.source().id(), s -> s.lastRun().orElse(null), s -> s.importedBy().orElse(null))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(configured.id(), run, null),
            org.assertj.core.groups.Tuple.tuple(stored.id(), run, configured));
  }

  @Test
  void storingARepeatOfAConfiguredOrAStoredFeedIsRefusedBesideTheAddress() {
    CaseworkRefused refused =
        catchThrowableOfType(
            CaseworkRefused.class,
            () ->
                manage.add(
                    tenant, feed(council, " https://KALENDER.lillevik.no/ks.ics?token=Ab12")));
    ImportSource other = manage.add(tenant, feed(council, "https://kalender.lillevik.no/fsk.ics"));
    CaseworkRefused again =
        catchThrowableOfType(
            CaseworkRefused.class,
            () -> manage.add(tenant, feed(council, "https://kalender.lillevik.no/fsk.ics")));

    assertThat(refused.field()).isEqualTo("url");
    assertThat(refused.explanation(Language.EN)).contains("already");
    assertThat(again).isNotNull();
    assertThat(sources.findByTenant(tenant)).containsExactly(other);
    assertThat(
            manage.edit(tenant, other.id(), feed(council, "https://kalender.lillevik.no/fsk.ics")))
        .as("saving a source unchanged is no repeat of itself")
        .isPresent();
  }

  @Test
  void theSameFeedForAnotherBodyOrWithAnotherQueryIsAnotherSource() {
    ImportSource forSchool =
        manage.add(tenant, feed(school, "https://kalender.lillevik.no/ks.ics?token=Ab12"));
    ImportSource otherToken =
        manage.add(tenant, feed(council, "https://kalender.lillevik.no/ks.ics?token=ab12"));

    assertThat(imports.pollRound(ImportSource.Kind.ICS)).hasSize(3);
    assertThat(imports.list(tenant)).allSatisfy(s -> assertThat(s.importedBy()).isEmpty());
    assertThat(List.of(forSchool, otherToken)).doesNotContainNull();
  }

  @Test
  void anEinnsynUnitIsTheSameWhateverTheUtvalgsCase() {
    ImportSource a =
        new ImportSource(
            "a",
            tenant,
            ImportSource.Kind.EINNSYN,
            council.id(),
            null,
            "enhet_1",
            "Formannskapet",
            false);
    ImportSource b =
        new ImportSource(
            "b",
            tenant,
            ImportSource.Kind.EINNSYN,
            council.id(),
            null,
            " enhet_1 ",
            "formannskapet",
            false);
    ImportSource c =
        new ImportSource(
            "c", tenant, ImportSource.Kind.EINNSYN, council.id(), null, "enhet_1", null, false);

    assertThat(a.target()).isEqualTo(b.target()).isNotEqualTo(c.target());
  }
}
