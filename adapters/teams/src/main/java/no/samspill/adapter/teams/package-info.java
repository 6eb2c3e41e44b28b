/**
 * Microsoft Teams: translates Bot Framework activities to the engine's messages and its replies to
 * Adaptive Cards, and reaches leaders and channels unprompted.
 */
package no.samspill.adapter.teams;
