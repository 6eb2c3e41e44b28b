package no.samspill.core.conversation;

/** Plain text; may contain line breaks and «guillemets» around command words. */
public record TextReply(String text) implements Reply {}
