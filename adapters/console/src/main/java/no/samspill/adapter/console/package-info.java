/** The coordinator's web console: server-rendered pages over bot-core's use cases. */
package no.samspill.adapter.console;
