package no.samspill.adapter.admin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import no.samspill.core.privacy.AuditTrail;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the admin API behind the operator's token or a coordinator's access token, its audit
 * trail, and its OpenAPI description.
 */
@AutoConfiguration
@EnableConfigurationProperties(AdminProperties.class)
@ConditionalOnProperty(name = "samspill.admin.enabled", havingValue = "true", matchIfMissing = true)
@Import({
  TenantScope.class,
  BodiesController.class,
  MeetingsController.class,
  CasesController.class,
  LeadersController.class,
  SchedulePolicyController.class,
  RetentionPolicyController.class,
  SharedExportController.class,
  NudgesController.class,
  ImportsController.class,
  SourcesController.class,
  PoliticiansController.class,
  TenantsController.class,
  AuditController.class,
  AdminErrors.class,
  SettingsRefusals.class,
  AdminSecurityConfiguration.class
})
public class AdminAutoConfiguration {

  static final String BEARER = "bearer";

  @Bean
  AdminToken adminToken(AdminProperties properties, Environment environment) {
    return AdminToken.from(properties, environment.acceptsProfiles(Profiles.of("local")));
  }

  @Bean
  WebMvcConfigurer adminAudit(AuditTrail trail) {
    return new WebMvcConfigurer() {
      @Override
      public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminAudit(trail)).addPathPatterns("/api/v1/**");
      }
    };
  }

  @Bean
  OpenAPI samspillAdminOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Samspill admin API").version("v1"))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "SAMSPILL_ADMIN_TOKEN (the operator), or a coordinator's access"
                                + " token from the configured OpenID provider")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
