/**
 * The versioned prompt catalogue: the PRE, MID, POST and AD_HOC flows, loaded and validated from
 * YAML.
 */
package no.samspill.core.catalogue;
