package no.samspill.adapter.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks an endpoint whose answer holds people's data; each successful call is audited. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface ReadsPersonalData {}
