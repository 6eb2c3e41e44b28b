/** Who is who: municipalities (tenants), their leaders and the chat identities linked to them. */
package no.samspill.core.directory;
