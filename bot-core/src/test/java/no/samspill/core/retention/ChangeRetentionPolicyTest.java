package no.samspill.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samspill.core.casework.CaseworkRefused;
import no.samspill.core.directory.TenantId;
import no.samspill.core.language.Language;
import no.samspill.core.testing.InMemoryRetentionPolicies;
import org.junit.jupiter.api.Test;

class ChangeRetentionPolicyTest {

  private final TenantId fjordvik = new TenantId("fjordvik");
  private final RetentionPolicies policies = new InMemoryRetentionPolicies();
  private final ChangeRetentionPolicy change = new ChangeRetentionPolicy(policies);

  @Test
  void changesTheFieldsAskedForAndKeepsTheRest() {
    change.change(fjordvik, new ChangeRetentionPolicy.Months(12, null, null, null));
    RetentionPolicy policy =
        change.change(fjordvik, new ChangeRetentionPolicy.Months(null, 6, 3, 24));

    assertThat(policies.of(fjordvik)).isEqualTo(policy);
    assertThat(policy.reflectionMonths()).isEqualTo(12);
    assertThat(policy.digestMonths()).isEqualTo(6);
    assertThat(policy.nudgeMonths()).isEqualTo(3);
    assertThat(policy.auditMonths()).isEqualTo(24);
  }

  @Test
  void aValueOutOfItsRangeIsRefusedNamingItsFieldInTheLeadersLanguageAndNothingIsSaved() {
    assertThatThrownBy(
            () -> change.change(fjordvik, new ChangeRetentionPolicy.Months(24, 24, 61, 60)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("nudgeMonths");
              assertThat(refused.getMessage())
                  .isEqualTo("The field 'nudgeMonths' must be between 1 and 60 months");
              assertThat(refused.explanation(Language.NN))
                  .isEqualTo("Skriv eit tal månader frå 1 til 60.");
            });
    assertThatThrownBy(
            () -> change.change(fjordvik, new ChangeRetentionPolicy.Months(null, null, null, 11)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class,
            refused -> {
              assertThat(refused.field()).isEqualTo("auditMonths");
              assertThat(refused.explanation(Language.EN))
                  .startsWith("Enter a number of months from 12 to 240.");
            });
    assertThatThrownBy(
            () -> change.checked(fjordvik, new ChangeRetentionPolicy.Months(0, null, null, null)))
        .isInstanceOfSatisfying(
            CaseworkRefused.class,
            refused -> assertThat(refused.field()).isEqualTo("reflectionMonths"));

    assertThat(policies.find(fjordvik)).isEmpty();
  }

  @Test
  void checkedSavesNothing() {
    RetentionPolicy checked =
        change.checked(fjordvik, new ChangeRetentionPolicy.Months(120, 120, 60, 240));

    assertThat(checked.auditMonths()).isEqualTo(240);
    assertThat(policies.find(fjordvik)).isEmpty();
    assertThat(policies.of(fjordvik)).isEqualTo(RetentionPolicy.defaults(fjordvik));
  }
}
