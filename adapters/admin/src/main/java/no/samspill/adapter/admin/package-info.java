/** The coordinator's REST API under /api/v1: bodies, meetings, cases, leaders, policy, imports. */
package no.samspill.adapter.admin;
