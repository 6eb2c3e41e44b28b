/** Sending due nudges: claim, start the flow or remind, deliver, record the outcome. */
package no.samspill.core.nudging;
