package no.samspill.core.imports;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.casework.BodyId;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.Meeting;
import no.samspill.core.casework.PoliticalBody;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryPorts;
import no.samspill.core.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportCalendarFileTest {

  private static final Instant NEXT_WEEK = ChatHarness.START.plus(Duration.ofDays(7));

  private final ChatHarness chat = new ChatHarness();
  private final InMemoryPorts store = chat.store();
  private final PoliticalBody council =
      new PoliticalBody(BodyId.random(), TestTenants.LILLEVIK, "Utvalget", BodyKind.UTVALG);
  private final List<Instant[]> windows = new ArrayList<>();
  private ImportCalendarFile upload;

  /** Reads "uid" lines as one-hour meetings next week; a document without any is not a calendar. */
  private final CalendarReader reader =
      (document, from, to) -> {
        windows.add(new Instant[] {from, to});
        String text = new String(document);
        if (text.isBlank()) {
          throw new UnreadableSourceException("not a calendar");
        }
        List<ImportedMeeting> meetings = new ArrayList<>();
        for (String uid : text.split("\n")) {
          meetings.add(
              new ImportedMeeting(
                  uid, "Møte " + uid, NEXT_WEEK, NEXT_WEEK.plus(Duration.ofHours(1)), false, null));
        }
        return new MeetingFeed(meetings, List.of(), true);
      };

  @BeforeEach
  void setUp() {
    store.bodies().save(council);
    ImportMeetings imports =
        new ImportMeetings(
            store.tenants(),
            store.bodies(),
            store.meetings(),
            store.planNudges(date -> false, chat.clock()),
            chat.clock());
    upload = new ImportCalendarFile(reader, imports, chat.clock());
    chat.register(aLeader().named("Kari"));
  }

  @Test
  void aFileReadsAYearAheadAndOnlyAddsUnlessItIsTheWholeCalendar() {
    ImportReport first = upload.upload(TestTenants.LILLEVIK, council.id(), bytes("a\nb"), false);
    assertThat(first.created()).isEqualTo(2);
    assertThat(windows.get(0))
        .containsExactly(ChatHarness.START, ChatHarness.START.plus(ImportCalendarFile.HORIZON));

    ImportReport partial = upload.upload(TestTenants.LILLEVIK, council.id(), bytes("a"), false);
    assertThat(partial.cancelled()).isZero();
    ImportReport whole = upload.upload(TestTenants.LILLEVIK, council.id(), bytes("a"), true);
    assertThat(whole.cancelled()).isEqualTo(1);
    assertThat(store.meetings().findImported(TestTenants.LILLEVIK, "ics:" + council.id() + "#"))
        .extracting(Meeting::externalId, Meeting::cancelled)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ics:" + council.id() + "#a", false),
            org.assertj.core.groups.Tuple.tuple("ics:" + council.id() + "#b", true));
  }

  @Test
  void aFileThatIsNotACalendarChangesNothing() {
    assertThatThrownBy(() -> upload.upload(TestTenants.LILLEVIK, council.id(), bytes(" "), false))
        .isInstanceOf(UnreadableSourceException.class);
    assertThat(store.meetings().findByBody(TestTenants.LILLEVIK, council.id(), Instant.EPOCH, 10))
        .isEmpty();
    assertThat(new ImportCalendarFile(null, null, chat.clock()).available()).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
