/** What every HTTP request meets before any adapter: bounded body reads and security headers. */
package no.samspill.app.edge;
