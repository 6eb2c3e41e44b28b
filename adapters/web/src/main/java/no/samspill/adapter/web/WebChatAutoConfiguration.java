package no.samspill.adapter.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Registers the web chat's API only in demo mode; the page itself is static. */
@AutoConfiguration
@EnableConfigurationProperties(WebChatProperties.class)
@ConditionalOnProperty(name = "samspill.web.demo", havingValue = "true")
@Import({WebChatController.class, WebDigestArchive.class, WebChatErrors.class})
public class WebChatAutoConfiguration {

  @Bean
  WebChatChannel webChatChannel() {
    return new WebChatChannel();
  }
}
