package no.samspill.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusReasonTest {

  @ParameterizedTest
  @EnumSource(StatusReason.class)
  void everyReasonHasItsOwnTextInEveryLanguage(StatusReason reason) {
    for (Language language : Language.values()) {
      String key = "console.cases.reason." + reason.code();
      assertThat(Messages.has(language, key)).as("%s in %s", key, language).isTrue();
      assertThat(Messages.get(language, key))
          .as("%s in %s", key, language)
          .isNotEqualTo(Messages.get(language, "console.cases.reason.other"));
    }
  }

  @ParameterizedTest
  @EnumSource(StatusReason.class)
  void aStoredReasonIsReadBackWithOrWithoutItsDetail(StatusReason reason) {
    assertThat(StatusReason.of(reason.text())).contains(reason);
    assertThat(StatusReason.of(reason.with("HTTP 503: Service Unavailable"))).contains(reason);
    assertThat(StatusReason.of(reason.with(" "))).contains(reason);
  }

  @Test
  void theStoredWordsStayAsNudgesAlreadyInTheDatabaseHaveThem() {
    assertThat(StatusReason.STALE.with("due 2026-12-01T08:00:00Z, not sent in time"))
        .isEqualTo("stale: due 2026-12-01T08:00:00Z, not sent in time");
    assertThat(StatusReason.GAVE_UP.with("gave up after retries"))
        .isEqualTo("gave up: gave up after retries");
    assertThat(StatusReason.MEETING_TAKEN_OFF_THE_CASE.text())
        .isEqualTo("meeting taken off the case");
    assertThat(StatusReason.of("Meeting Cancelled")).contains(StatusReason.MEETING_CANCELLED);
  }

  @Test
  void noReasonOrAnUnknownOneIsNoneOfThem() {
    assertThat(StatusReason.of(null)).isEmpty();
    assertThat(StatusReason.of("  ")).isEmpty();
    assertThat(StatusReason.of("rate limited")).isEmpty();
    assertThat(StatusReason.of("unreachable-ish: x")).isEmpty();
  }
}
