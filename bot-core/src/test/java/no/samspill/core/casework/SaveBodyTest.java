package no.samspill.core.casework;

import static no.samspill.core.testing.MeetingBuilder.aMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import no.samspill.core.casework.SaveBody.BodyDraft;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.testing.ChatHarness;
import no.samspill.core.testing.InMemoryMeetings;
import no.samspill.core.testing.InMemoryPoliticalBodies;
import no.samspill.core.testing.RecordingReplanning;
import org.junit.jupiter.api.Test;

class SaveBodyTest {

  private final InMemoryPoliticalBodies bodies = new InMemoryPoliticalBodies();
  private final InMemoryMeetings meetings = new InMemoryMeetings();
  private final RecordingReplanning replanning = new RecordingReplanning();
  private final SaveBody save =
      new SaveBody(bodies, meetings, replanning, Clock.fixed(ChatHarness.START, ZoneOffset.UTC));
  private final TenantId tenant = new TenantId("fjordvik");

  @Test
  void anAddedBodyIsStoredWithItsNameStrippedAndOtherAsTheDefaultKind() {
    PoliticalBody added = save.add(tenant, new BodyDraft("  Oppvekstutvalget ", null));
    assertThat(bodies.findById(tenant, added.id())).contains(added);
    assertThat(added.name()).isEqualTo("Oppvekstutvalget");
    assertThat(added.kind()).isEqualTo(BodyKind.OTHER);
  }

  @Test
  void aChangedKindReplansTheBodysComingMeetingsOnly() {
    PoliticalBody body = save.add(tenant, new BodyDraft("Formannskapet", BodyKind.UTVALG));
    Meeting past =
        aMeeting().of(body).startingAt(ChatHarness.START.minus(Duration.ofDays(3))).build();
    Meeting coming =
        aMeeting().of(body).startingAt(ChatHarness.START.plus(Duration.ofDays(3))).build();
    meetings.save(past);
    meetings.save(coming);

    save.change(body, new BodyDraft("Formannskapet", BodyKind.UTVALG));
    assertThat(replanning.meetings()).isEmpty();
    PoliticalBody changed = save.change(body, new BodyDraft("Formannskapet", BodyKind.FORMANNSKAP));
    assertThat(replanning.meetings()).containsExactly(coming.id());
    assertThat(bodies.findById(tenant, body.id())).contains(changed);
  }

  @Test
  void aBlankOrLongNameIsRefusedAndNothingIsWritten() {
    PoliticalBody body =
        save.add(tenant, new BodyDraft("Kontrollutvalget", BodyKind.KONTROLLUTVALG));
    assertThatThrownBy(() -> save.change(body, new BodyDraft(" ", BodyKind.RAD)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("name");
              assertThat(refused.explanation(Language.NB)).contains("200");
            });
    assertThatThrownBy(() -> save.add(tenant, new BodyDraft("x".repeat(201), null)))
        .isInstanceOf(CaseworkRefused.class);
    assertThat(bodies.findByTenant(tenant)).containsExactly(body);
  }
}
