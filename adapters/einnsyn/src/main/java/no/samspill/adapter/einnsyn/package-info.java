/** eInnsyn in: a unit's meetings (Moetemappe) and agenda items (Moetesak) become meetings. */
package no.samspill.adapter.einnsyn;
