package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot web app with the Actuator's health and nothing of Samspill's. */
@SpringBootApplication
public class BareApp {

  public static void main(String[] args) {
    SpringApplication.run(BareApp.class, args);
  }
}
