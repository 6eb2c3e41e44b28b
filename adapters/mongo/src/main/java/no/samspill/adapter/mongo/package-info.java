/**
 * The storage ports on MongoDB through Spring Data; an in-JVM MongoDB-compatible server by default.
 */
package no.samspill.adapter.mongo;
