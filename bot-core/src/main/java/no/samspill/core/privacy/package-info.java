/** A person's rights over their data: export, deletion, and the audit trail of who did what. */
package no.samspill.core.privacy;
