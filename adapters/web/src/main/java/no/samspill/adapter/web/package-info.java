/** The local web chat: a page and a JSON API that talk to the same engine as Teams and Slack. */
package no.samspill.adapter.web;
