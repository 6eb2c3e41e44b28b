package no.samspill.app.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.json.JsonMapper;

/** Generators of what a careless client or an attacker sends: odd text, odd JSON, odd bytes. */
final class HostileInput {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private HostileInput() {}

  /** Text that has broken parsers before, and random text of any code point and length. */
  static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            3,
            Arbitraries.of(
                "",
                " ",
                "null",
                "\u0000",
                "../../../etc/passwd",
                "%00",
                "%zz",
                "' OR '1'='1",
                "<script>alert(1)</script>",
                "${jndi:ldap://127.0.0.1/x}",
                "line\r\nX-Forged: 1",
                "\uD800",
                "😀👍🏽",
                "-1",
                "1e309",
                "NaN",
                "2026-13-45T25:61:00Z",
                "9".repeat(400),
                "sample-fjordvik")),
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(20_000)));
  }

  /** Any JSON value, nested at most {@code depth} deep, with the API's own field names as keys. */
  static Arbitrary<Object> value(int depth, List<String> fields) {
    Arbitrary<Object> leaf =
        Arbitraries.oneOf(
            Arbitraries.just(null),
            Arbitraries.of(true, false),
            Arbitraries.integers().map(Object.class::cast),
            Arbitraries.of(Long.MAX_VALUE, -1L, 0L, 1e308, -0.0, 1.5),
            Arbitraries.bigIntegers()
                .between(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(400))
                .map(Object.class::cast),
            text().map(Object.class::cast));
    if (depth <= 0) {
      return leaf;
    }
    Arbitrary<Object> list = value(depth - 1, fields).list().ofMaxSize(4).map(Object.class::cast);
    Arbitrary<Object> object = object(depth - 1, fields).map(Object.class::cast);
    return Arbitraries.frequencyOf(Tuple.of(4, leaf), Tuple.of(1, list), Tuple.of(2, object));
  }

  static Arbitrary<Map<String, Object>> object(int depth, List<String> fields) {
    Arbitrary<String> key =
        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(fields)), Tuple.of(1, text()));
    return Combinators.combine(key, value(depth, fields))
        .as(Tuple::of)
        .list()
        .ofMaxSize(6)
        .map(
            entries -> {
              Map<String, Object> map = new LinkedHashMap<>();
              entries.forEach(e -> map.put(e.get1(), e.get2()));
              return map;
            });
  }

  /** A valid body with one field replaced, or dropped, or one field added. */
  static Arbitrary<String> mutated(Map<String, Object> valid, List<String> fields) {
    Arbitrary<String> field = Arbitraries.of(List.copyOf(valid.keySet()));
    return Combinators.combine(field, value(2, fields), Arbitraries.integers().between(0, 2))
        .as(
            (name, replacement, how) -> {
              Map<String, Object> body = new LinkedHashMap<>(valid);
              switch (how) {
                case 0 -> body.put(name, replacement);
                case 1 -> body.remove(name);
                default -> body.put(name + "x", replacement);
              }
              return JSON.writeValueAsString(body);
            });
  }

  /** Bodies that are not JSON at all, or JSON gone wrong. */
  static Arbitrary<String> broken() {
    return Arbitraries.oneOf(
        text(),
        Arbitraries.of(
            "{",
            "{\"a\":",
            "[".repeat(5000),
            "{\"a\":".repeat(2000),
            "\"" + "\\u".repeat(100) + "\"",
            "{\"a\":1,\"a\":2}",
            "\uFEFF{}",
            "payload=%7B%22type%22%3A",
            "a=1&a=2&%zz=3"));
  }

  /** A hostile value fit for a path segment (percent-encoded, so the URI stays valid). */
  static Arbitrary<String> segment() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of("sample-fjordvik", "sample-ks", "x")),
        Tuple.of(2, text().map(HostileInput::encode)));
  }

  static Arbitrary<String> contentType() {
    return Arbitraries.of(
        "application/json",
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "text/calendar",
        "application/xml",
        "multipart/form-data; boundary=x",
        "application/json; charset=utf-16",
        "application/json; charset=nonsense",
        "application/*",
        "§§§",
        "");
  }

  static String encode(String s) {
    String encoded = URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    return encoded.isEmpty() ? "%20" : encoded;
  }
}
