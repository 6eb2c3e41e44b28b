/** Samspill's domain and use cases, free of any framework, storage or chat channel. */
package no.samspill.core;
