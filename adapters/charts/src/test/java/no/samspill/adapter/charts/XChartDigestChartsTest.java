package no.samspill.adapter.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class XChartDigestChartsTest {

  @Test
  void drawsAGroupedBarChartAsAPng() throws Exception {
    Map<String, List<Integer>> series = new LinkedHashMap<>();
    series.put("Planlagt", List.of(3, 1, 0));
    series.put("Brukt", List.of(1, 2, 2));

    byte[] png =
        new XChartDigestCharts()
            .barChart(
                "Tilnærming til uenighet",
                List.of("Finne en løsning sammen", "Møtes på midten", "Gi etter for deres syn"),
                series);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(450);
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }
}
