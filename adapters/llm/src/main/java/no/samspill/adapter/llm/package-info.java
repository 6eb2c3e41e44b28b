/** An optional summariser on an OpenAI-compatible endpoint; off unless configured. */
package no.samspill.adapter.llm;
