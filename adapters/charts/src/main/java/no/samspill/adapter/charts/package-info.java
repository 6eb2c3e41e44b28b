/** The digest's charts, drawn as PNG with XChart. */
package no.samspill.adapter.charts;
