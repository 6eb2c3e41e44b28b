/** Bringing meetings in from outside calendars (iCalendar, eInnsyn) without ever inventing any. */
package no.samspill.core.imports;
