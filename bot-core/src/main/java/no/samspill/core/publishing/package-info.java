/** Posting the weekly digest to each tenant's leaders' channels, once per week. */
package no.samspill.core.publishing;
