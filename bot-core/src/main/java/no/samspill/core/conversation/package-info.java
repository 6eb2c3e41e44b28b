/**
 * The channel-neutral conversation engine: messages in, replies out, flows and small dialogs, with
 * the state that lets a half-answered flow resume after a restart.
 */
package no.samspill.core.conversation;
