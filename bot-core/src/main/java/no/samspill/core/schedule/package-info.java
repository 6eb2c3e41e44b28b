/**
 * When Samspill comes to a leader: the schedule policy, the planned nudges with their idempotency
 * keys, and sending the due ones exactly once.
 */
package no.samspill.core.schedule;
