package no.samspill.adapter.mongo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots only the storage auto-configuration for the adapter's own tests. */
@SpringBootApplication
class MongoAdapterTestApplication {}
