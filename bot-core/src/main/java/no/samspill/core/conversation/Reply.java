package no.samspill.core.conversation;

/**
 * Something the bot says, in the leader's language, for a channel adapter to render as Block Kit,
 * an Adaptive Card or HTML.
 */
public sealed interface Reply permits TextReply, QuestionReply, SummaryReply, ExportReply {}
