package dev.emporium.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents {@code type} of an event record: {@code emporium.<context>.<event>.v<N>}. A breaking change to a
 * record is a new record with a new version, never an edit of a published one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EventType {
    String value();
}
