/**
 * Reaching people and channels unprompted: the chat-channel port and the routing between channels.
 */
package no.samspill.core.delivery;
