/** The runnable application: wires bot-core's use cases to the adapters and loads configuration. */
package no.samspill.app;
