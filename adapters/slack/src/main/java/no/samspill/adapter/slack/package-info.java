/**
 * Slack through Bolt: translates Slack payloads to the engine's messages and replies to Block Kit.
 */
package no.samspill.adapter.slack;
