package dev.emporium.platform.events;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the infrastructure's (wait and retry) and which are the message's own (give up on it). */
final class Failures {

    /**
     * Kafka refuses these records whatever happens to the cluster: the record itself is too large or invalid, or
     * its topic name is illegal. Everything else (broker down, leader moving, unknown topic, authorization not yet
     * granted, timeouts) may succeed later, so the relay keeps the row and the order behind it.
     */
    private static final List<Class<? extends Throwable>> PERMANENT_SEND_FAILURES = List.of(
            RecordTooLargeException.class,
            RecordBatchTooLargeException.class,
            InvalidRecordException.class,
            InvalidTopicException.class,
            SerializationException.class);

    /** Infrastructure that is down, restarting, overloaded or slow: the same message will work once it is back. */
    private static final List<Class<? extends Throwable>> TRANSIENT_INFRASTRUCTURE_FAILURES = List.of(
            TransientDataAccessException.class,          // lock/serialization conflicts, query timeouts, transient resources
            RecoverableDataAccessException.class,
            DataAccessResourceFailureException.class,    // includes CannotGetJdbcConnectionException, Redis connection failures
            CannotCreateTransactionException.class,      // no connection to begin a transaction with
            TransactionSystemException.class,            // commit failed because the connection went away
            SQLTransientException.class,                 // includes SQLTransientConnectionException, SQLTimeoutException
            SQLRecoverableException.class,
            RetriableException.class,                    // Kafka: broker unavailable, timeouts, leader moves
            ConnectException.class,
            NoRouteToHostException.class,
            UnknownHostException.class,
            SocketException.class,
            InterruptedIOException.class,                // includes SocketTimeoutException
            java.util.concurrent.TimeoutException.class,
            org.apache.kafka.common.errors.TimeoutException.class);

    /**
     * SQLSTATE classes of a database that is unavailable rather than a statement that is wrong: 08 connection
     * exception, 53 insufficient resources, 57P01-57P03 shutdown / cannot connect now, 40001 / 40P01
     * serialization failure / deadlock.
     */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01");

    private Failures() {
    }

    static boolean isPermanentSendFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : PERMANENT_SEND_FAILURES) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isTransientInfrastructureFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Class<? extends Throwable> type : TRANSIENT_INFRASTRUCTURE_FAILURES) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
            if (cause instanceof SQLException sql && isTransientSqlState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransientSqlState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || TRANSIENT_SQL_STATES.contains(state));
    }
}
