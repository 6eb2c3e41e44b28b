/** Quartz wakes the nudge dispatch and re-planning; Norway's public holidays come from jollyday. */
package no.samspill.adapter.scheduling;
