package no.samspill.adapter.charts;

import no.samspill.core.digest.DigestCharts;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class ChartsAutoConfiguration {

  @Bean
  DigestCharts digestCharts() {
    return new XChartDigestCharts();
  }
}
