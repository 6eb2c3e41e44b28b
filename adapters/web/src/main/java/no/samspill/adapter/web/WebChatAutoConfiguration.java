package no.samspill.adapter.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * Registers the web chat's API only in demo mode ({@link DemoModeCondition}); the page is static.
 */
@AutoConfiguration
@EnableConfigurationProperties(WebChatProperties.class)
@Conditional(DemoModeCondition.class)
@Import({
  WebChatController.class,
  WebDemoController.class,
  WebDigestArchive.class,
  WebChatErrors.class
})
public class WebChatAutoConfiguration {

  @Bean
  WebChatChannel webChatChannel() {
    return new WebChatChannel();
  }
}
