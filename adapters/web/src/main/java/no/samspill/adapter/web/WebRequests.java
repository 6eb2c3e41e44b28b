package no.samspill.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.samspill.core.conversation.Action;
import no.samspill.core.conversation.ConversationEngine;
import no.samspill.core.reflection.Phase;

/** The JSON bodies the web chat accepts, with their limits. */
final class WebRequests {

  private WebRequests() {}

  static final String ID = "[A-Za-z0-9_-]{1,64}";

  /** A typed message, a click ({@code action}), or both for a submitted text input. */
  record Chat(
      @NotBlank @Pattern(regexp = ID) String leaderId,
      @Size(max = ConversationEngine.MAX_MESSAGE_LENGTH) String text,
      @Valid ActionBody action) {}

  record ActionBody(
      @NotBlank @Pattern(regexp = "[0-9a-f]{1,64}") String askedId,
      @NotBlank @Size(max = Action.MAX_VALUE_LENGTH) String value) {}

  record Start(
      @NotBlank @Pattern(regexp = ID) String leaderId,
      @NotNull Phase phase,
      @Pattern(regexp = ID) String caseId) {}

  /** A demo shortcut, taken as the leader picked on the page. */
  record Demo(@NotBlank @Pattern(regexp = ID) String leaderId) {}
}
