package no.samspill.core.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MunicipalTermTest {

  @Test
  void aTermStartsOnTheFirstOfOctoberOfTheElectionYearAndLastsFourYears() {
    MunicipalTerm term = MunicipalTerm.containing(LocalDate.of(2026, 12, 1));
    assertThat(term.electionYear()).isEqualTo(2023);
    assertThat(term.start()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(term.end()).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(term.label()).isEqualTo("2023–2027");
  }

  @Test
  void theOldCouncilSitsUntilTheLastDayOfSeptember() {
    assertThat(MunicipalTerm.containing(LocalDate.of(2027, 9, 30)).electionYear()).isEqualTo(2023);
    assertThat(MunicipalTerm.containing(LocalDate.of(2027, 10, 1)).electionYear()).isEqualTo(2027);
    assertThat(MunicipalTerm.containing(LocalDate.of(2023, 9, 30)).electionYear()).isEqualTo(2019);
    assertThat(MunicipalTerm.containing(LocalDate.of(2031, 1, 1)).electionYear()).isEqualTo(2027);
  }

  @Test
  void onlyEveryFourthYearIsAnElectionYear() {
    assertThatThrownBy(() -> new MunicipalTerm(2024)).isInstanceOf(IllegalArgumentException.class);
  }
}
