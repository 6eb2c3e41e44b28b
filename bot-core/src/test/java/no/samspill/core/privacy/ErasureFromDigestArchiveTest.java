package no.samspill.core.privacy;

import static no.samspill.core.testing.LeaderBuilder.aLeader;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samspill.core.digest.ArchivedDigest;
import no.samspill.core.digest.DigestText;
import no.samspill.core.directory.Leader;
import no.samspill.core.testing.ChatHarness;
import org.junit.jupiter.api.Test;

/** Deleting my data also takes my named lessons out of digests already archived. */
class ErasureFromDigestArchiveTest {

  private final ChatHarness chat = new ChatHarness();

  @Test
  void namedLessonsLeaveTheArchiveWhenTheirAuthorIsDeleted() {
    Leader kari = chat.register(aLeader().named("Kari Nordmann").withRole("Kommunalsjef"));
    String mine = "• Send notatet tidlig. (Kari Nordmann, kommunalsjef)";
    String theirs = "• Ta de vanskelige spørsmålene først. (anonymt, enhetsleder)";
    chat.store()
        .digestPosts()
        .claim("k", chat.clock().instant(), java.time.Duration.ofMinutes(5), "a");
    chat.store()
        .digestPosts()
        .finish(
            "k",
            "a",
            "DELIVERED",
            new ArchivedDigest(
                kari.tenantId(),
                "2026-W10",
                "Ukesammendrag for uke 10",
                List.of(
                    new DigestText.Section(null, List.of("Dette har lederne delt denne uka.")),
                    new DigestText.Section("Lærdommer – tillit", List.of(mine, theirs)),
                    new DigestText.Section("Lærdommer – kommunikasjon", List.of(mine))),
                null,
                null,
                chat.clock().instant()));

    chat.says("slett");
    chat.clicks("Ja, slett alt");

    List<DigestText.Section> left =
        chat.store().digestPosts().archive(kari.tenantId(), 5).get(0).sections();
    assertThat(left)
        .flatExtracting(DigestText.Section::lines)
        .doesNotContain(mine)
        .contains(theirs);
    assertThat(left)
        .extracting(DigestText.Section::heading)
        .doesNotContain("Lærdommer – kommunikasjon");
  }
}
