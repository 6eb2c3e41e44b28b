package no.samspill.core.testing;

import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.privacy.PersonalData;
import no.samspill.core.privacy.PersonalDataFormat;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Reflection;

/** Stands in for the JSON writer: one readable line per leader, case, reflection and answer. */
public final class PlainPersonalDataFormat implements PersonalDataFormat {

  @Override
  public String toJson(PersonalData data) {
    StringBuilder out = new StringBuilder();
    out.append("leader ").append(data.leader().id()).append(' ').append(data.leader().name());
    out.append("\nlast active ").append(data.lastActive());
    for (PoliticalCase c : data.cases()) {
      out.append("\ncase ").append(c.id()).append(' ').append(c.title());
    }
    for (Reflection r : data.reflections()) {
      out.append("\nreflection ").append(r.id()).append(' ').append(r.status());
      for (Answer a : r.answers()) {
        out.append("\n  ").append(a.promptId()).append(" = ");
        out.append(a.text() != null ? a.text() : a.option() != null ? a.option() : a.scale());
      }
    }
    data.questions()
        .forEach((id, text) -> out.append("\nquestion ").append(id).append(' ').append(text));
    data.audit().forEach(e -> out.append("\naudit ").append(e.action()));
    return out.toString();
  }
}
