package no.samspill.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import no.samspill.core.catalogue.CatalogueLoader;
import no.samspill.core.catalogue.PromptCatalogue;

/** The catalogue the product ships, copied into the test resources. */
public final class Catalogues {

  public static final String SHIPPED = "/prompts/samspill-prompts.yml";

  private Catalogues() {}

  public static PromptCatalogue shipped() {
    try (InputStream in = Catalogues.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is not on the test class path");
      }
      return CatalogueLoader.load(in, "samspill-prompts.yml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
