package no.samspill.core.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A dialog question on screen, with what the dialog has collected so far. */
public record OpenDialog(String askedId, DialogStep step, Map<String, String> draft) {

  public OpenDialog {
    Objects.requireNonNull(askedId, "askedId");
    Objects.requireNonNull(step, "step");
    draft = draft == null ? Map.of() : Map.copyOf(draft);
  }

  public OpenDialog next(String newAskedId, DialogStep newStep, String key, String value) {
    Map<String, String> more = new HashMap<>(draft);
    if (value != null) {
      more.put(key, value);
    }
    return new OpenDialog(newAskedId, newStep, more);
  }
}
