/** Test fixtures for Teams: a fake Bot Framework (WireMock) and real-looking Teams payloads. */
package no.samspill.testing.teams;
