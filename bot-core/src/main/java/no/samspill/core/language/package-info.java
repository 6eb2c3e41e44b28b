/** The three languages Samspill speaks (bokmål, nynorsk, English) and its own message texts. */
package no.samspill.core.language;
