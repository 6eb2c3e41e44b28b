/** Reflections: one run of a flow by a leader, its answers and the leader's choice to share. */
package no.samspill.core.reflection;
