/**
 * How long each tenant keeps what Samspill stores, the daily purge that applies it, and the export
 * of shared material a municipality files in its archive or hands out on an innsyn request.
 */
package no.samspill.core.retention;
