package no.samspill.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;
import no.samspill.core.casework.BodyKind;
import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import org.junit.jupiter.api.Test;

class ChangeSchedulePolicyTest {

  private final SchedulePolicy defaults = SchedulePolicy.defaults(new TenantId("fjordvik"));

  @Test
  void theThresholdMustStayWithinItsRange() {
    ChangeSchedulePolicy.checkAnonymityThreshold(3);
    ChangeSchedulePolicy.checkAnonymityThreshold(1000);
    assertThatThrownBy(() -> ChangeSchedulePolicy.checkAnonymityThreshold(2))
        .isInstanceOfSatisfying(
            CaseworkRefused.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("anonymityThreshold");
              assertThat(refused.explanation(Language.NN))
                  .startsWith("Skriv eit tal frå 3 til 1000.");
            });
    assertThatThrownBy(() -> ChangeSchedulePolicy.check(defaults.withAnonymityThreshold(1001)))
        .isInstanceOf(CaseworkRefused.class);
  }

  @Test
  void leadDaysPerBodyAreCheckedAndNamed() {
    SchedulePolicy tooEarly =
        new SchedulePolicy(
            defaults.tenantId(),
            7,
            Map.of(BodyKind.UTVALG, 61),
            defaults.afterMeeting(),
            defaults.workStart(),
            defaults.workEnd(),
            defaults.closedDays(),
            defaults.staleAfter(),
            defaults.digestDay(),
            defaults.digestTime(),
            defaults.digestZone(),
            3);
    assertThatThrownBy(() -> ChangeSchedulePolicy.check(tooEarly))
        .isInstanceOfSatisfying(
            CaseworkRefused.class,
            refused -> assertThat(refused.field()).isEqualTo("preLeadDaysByBody.UTVALG"));
    ChangeSchedulePolicy.check(defaults);
  }

  @Test
  void workingHoursMustEndAfterTheyStart() {
    assertThatThrownBy(
            () -> ChangeSchedulePolicy.checkWorkingHours(LocalTime.of(16, 0), LocalTime.of(8, 0)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class, refused -> assertThat(refused.field()).isEqualTo("workEnd"));
  }
}
