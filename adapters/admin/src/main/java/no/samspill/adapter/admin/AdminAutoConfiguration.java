package no.samspill.adapter.admin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Registers the admin API behind its bearer token, and its OpenAPI description. */
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
  PoliticiansController.class,
  AdminErrors.class
})
public class AdminAutoConfiguration {

  static final String BEARER = "bearer";

  @Bean
  AdminToken adminToken(AdminProperties properties) {
    return AdminToken.from(properties);
  }

  @Bean
  FilterRegistrationBean<BearerTokenFilter> adminBearerTokenFilter(AdminToken token) {
    FilterRegistrationBean<BearerTokenFilter> registration =
        new FilterRegistrationBean<>(new BearerTokenFilter(token));
    registration.addUrlPatterns("/api/v1/*");
    return registration;
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
                        .description("SAMSPILL_ADMIN_TOKEN")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }
}
