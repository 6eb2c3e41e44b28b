/**
 * The weekly digest: shared lessons, patterns and a next step, composed per tenant and week under
 * privacy rules that hold in code (nothing private, no count from fewer people than the tenant's
 * anonymity threshold, names masked in anonymous items).
 */
package no.samspill.core.digest;
