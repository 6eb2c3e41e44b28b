package no.samspill.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamspillApplication {

  public static void main(String[] args) {
    SpringApplication.run(SamspillApplication.class, args);
  }
}
