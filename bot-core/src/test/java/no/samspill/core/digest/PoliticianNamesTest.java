package no.samspill.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coordinator's list of politicians, as masking can use it. */
class PoliticianNamesTest {

  @Test
  void trimsSpacesAndKeepsEachNameOnceIgnoringCase() {
    assertThat(
            new PoliticianNames(List.of(" Ola  Nordmann ", "Grete Haugland", "OLA NORDMANN"))
                .names())
        .containsExactly("Ola Nordmann", "Grete Haugland");
  }

  @Test
  void refusesANameWithFewerThanTwoLettersNamingItsPlace() {
    for (String bad : Arrays.asList("", "  ", "A", "1.", null)) {
      assertThatThrownBy(() -> new PoliticianNames(Arrays.asList("Ola Nordmann", bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("names[1]");
    }
  }

  @Test
  void refusesTooLongNamesAndTooManyOfThem() {
    assertThatThrownBy(() -> new PoliticianNames(List.of("x".repeat(101))))
        .hasMessageStartingWith("names[0]");
    List<String> many = new ArrayList<>(Collections.nCopies(1001, "Ola Nordmann"));
    assertThatThrownBy(() -> new PoliticianNames(many)).hasMessageContaining("at most 1000");
  }
}
