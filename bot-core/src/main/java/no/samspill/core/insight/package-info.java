/**
 * Insight: how the tenant's leaders use Samspill over the last weeks and the municipal term, as
 * counts and averages that each stand on at least the tenant's anonymity threshold of leaders.
 */
package no.samspill.core.insight;
