/** iCalendar in: uploaded .ics files and polled feeds become political bodies' meetings. */
package no.samspill.adapter.calendar;
