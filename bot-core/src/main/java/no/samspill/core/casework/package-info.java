/** Political bodies, their meetings and agenda items, and the cases leaders carry through them. */
package no.samspill.core.casework;
