package no.samspill.core.conversation;

/** The leader's own data as a JSON document to download, with a short explanation. */
public record ExportReply(String fileName, String json, String text) implements Reply {}
