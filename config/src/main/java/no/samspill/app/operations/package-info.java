/**
 * What operators see: the metrics (under {@code samspill.}), who may read them, and the request id
 * on every log line.
 */
package no.samspill.app.operations;
