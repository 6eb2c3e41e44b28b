package no.samspill.core.conversation;

/** A labelled button that sends its action back when clicked. */
public record Button(String label, Action action) {}
