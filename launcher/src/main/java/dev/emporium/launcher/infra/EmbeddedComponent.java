package dev.emporium.launcher.infra;

import java.util.Optional;

/** A piece of infrastructure the launcher runs itself as a detached process: PostgreSQL, Kafka or Redis. */
public interface EmbeddedComponent {

    /** Also the name of its log, EMPORIUM_HOME/logs/&lt;name&gt;.log. */
    String name();

    Optional<ProcessHandle> running();

    /** Stops it cleanly so its data survives; kills it only if it does not stop in time. False if it had to. */
    boolean stop();
}
