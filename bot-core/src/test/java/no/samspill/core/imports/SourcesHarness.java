package no.samspill.core.imports;

import static no.samspill.core.testing.LeaderBuilder.aLeader;

import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.directory.TenantId;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.MutableClock;
import no.samspill.core.testing.TestTenants;

/**
 * The import sources' use cases over in-memory storage and a fake reader, for one tenant with a
 * council and a leader; the clock stands still until a test moves it.
 */
final class SourcesHarness {

  final ChatHarness chat = new ChatHarness();
  final InMemoryPorts store = chat.store();
  final MutableClock clock = chat.clock();
  final TenantId tenant = TestTenants.LILLEVIK;
  final PoliticalBody council =
      new PoliticalBody(BodyId.random(), tenant, "Kommunestyret", BodyKind.KOMMUNESTYRE);
  final InMemoryImportSources sources = new InMemoryImportSources();
  final InMemoryImportRuns runs = new InMemoryImportRuns();
  final FakeSourceReader reader = new FakeSourceReader();
  final ManageImportSources manage;
  final ImportFromSources imports;

  SourcesHarness() {
    store.bodies().save(council);
    chat.register(aLeader().named("Kari"));
    ImportMeetings meetings =
        new ImportMeetings(
            store.tenants(),
            store.bodies(),
            store.meetings(),
            store.planNudges(date -> false, clock),
            clock);
    manage = new ManageImportSources(sources, runs, store.bodies(), List.of(reader), false);
    imports =
        new ImportFromSources(sources, runs, List.of(reader), meetings, store.bodies(), clock);
  }

  /** A feed for the council, as typed. */
  ManageImportSources.Draft feed(String url) {
    return feed(council, url);
  }

  ManageImportSources.Draft feed(PoliticalBody body, String url) {
    return new ManageImportSources.Draft(ImportSource.Kind.ICS, body.id().value(), url, null, null);
  }
}
