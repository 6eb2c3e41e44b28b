package no.samspill.adapter.console;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The coordinator's console under /console. Its security chain is declared before Spring Boot's
 * default one, which then stays off: every other path keeps its own checks as before.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"
    })
@EnableConfigurationProperties(ConsoleProperties.class)
@ConditionalOnProperty(
    name = "samspill.console.enabled",
    havingValue = "true",
    matchIfMissing = true)
@Import({
  ConsoleSecurity.class,
  ConsoleSessions.class,
  Coordinators.class,
  ConsolePages.class,
  SignInController.class,
  OverviewPage.class,
  OverviewProblems.class,
  LeadersPage.class,
  LeaderFacts.class,
  SettingsPage.class,
  CasesPage.class,
  BodiesPage.class,
  MeetingsPage.class,
  DeletePages.class,
  CalendarUploadPage.class,
  SourcesPage.class,
  DigestPage.class,
  LogPage.class,
  InsightPage.class,
  ConsoleAudit.class
})
public class ConsoleAutoConfiguration {}
