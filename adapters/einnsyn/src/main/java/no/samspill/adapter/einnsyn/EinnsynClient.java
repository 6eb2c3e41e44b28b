package no.samspill.adapter.einnsyn;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.imports.UnreadableSourceException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists a unit's Moetemappe with their Moetesak expanded, following the cursor in {@code next} page
 * by page. Any HTTP error or unreadable page fails the whole listing.
 */
final class EinnsynClient {

  /** The items of every page, and whether the last page was reached. */
  record Listing(List<JsonNode> items, boolean complete) {}

  private final EinnsynProperties properties;
  private final HttpClient http;
  private final JsonMapper json = JsonMapper.builder().build();

  EinnsynClient(EinnsynProperties properties) {
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
  }

  Listing meetings(String administrativeUnit) {
    URI page = properties.baseUrl().resolve(firstPage(administrativeUnit));
    List<JsonNode> items = new ArrayList<>();
    for (int number = 1; number <= properties.maxPages(); number++) {
      JsonNode body = get(page, number);
      JsonNode pageItems = body.get("items");
      if (pageItems == null || !pageItems.isArray()) {
        throw new UnreadableSourceException("eInnsyn page " + number + " has no 'items' list");
      }
      pageItems.forEach(items::add);
      JsonNode next = body.get("next");
      if (next == null || next.isNull() || next.asString().isBlank()) {
        return new Listing(items, true);
      }
      page = properties.baseUrl().resolve(next.asString());
    }
    // Stopped at maxPages: what is missing may still exist, so nothing may be treated as gone.
    return new Listing(items, false);
  }

  private String firstPage(String unit) {
    return "/moetemappe?journalenhet="
        + URLEncoder.encode(unit, StandardCharsets.UTF_8)
        + "&expand=moetesak&sortOrder=desc&limit="
        + Math.min(Math.max(properties.pageSize(), 1), 100);
  }

  private JsonNode get(URI uri, int number) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(properties.timeout())
            .header("Accept", "application/json");
    if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
      request.header("X-EIN-API-KEY", properties.apiKey());
    }
    try {
      HttpResponse<String> response =
          http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw UnreadableSourceException.httpStatus(
            "eInnsyn answered HTTP " + response.statusCode() + " for page " + number,
            response.statusCode());
      }
      return json.readTree(response.body());
    } catch (JacksonException e) {
      throw new UnreadableSourceException("eInnsyn page " + number + " is not valid JSON", e);
    } catch (IOException e) {
      throw new UnreadableSourceException("eInnsyn could not be reached for page " + number, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableSourceException("Interrupted while reading eInnsyn", e);
    }
  }
}
