package dev.emporium.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures reject an outbox row, and which make a consumer wait instead of dead-lettering. */
class FailuresTest {

    @Test
    void onlyARecordKafkaCanNeverAcceptRejectsAnOutboxRow() {
        assertThat(Failures.isPermanentSendFailure(new KafkaException("Send failed", new RecordTooLargeException("1 MB")))).isTrue();
        assertThat(Failures.isPermanentSendFailure(new InvalidRecordException("bad timestamp"))).isTrue();
    }

    @Test
    void aBrokerThatMayYetAcceptTheRecordKeepsTheRowWaiting() {
        assertThat(Failures.isPermanentSendFailure(new TopicAuthorizationException("not yet granted"))).isFalse();
        assertThat(Failures.isPermanentSendFailure(new UnknownTopicOrPartitionException("not created yet"))).isFalse();
        assertThat(Failures.isPermanentSendFailure(new KafkaException("Producer closed while send in progress"))).isFalse();
        assertThat(Failures.isPermanentSendFailure(new IllegalStateException("unexpected"))).isFalse();
    }

    @Test
    void anUnreachableOrRestartingDatabaseIsAnInfrastructureFailure() {
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(
                new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("pool timeout"))))).isTrue();
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(
                new CannotGetJdbcConnectionException("refused", new SQLException("Connection refused", "08001"))))).isTrue();
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(new RuntimeException(new ConnectException("refused"))))).isTrue();
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(new RuntimeException(new SocketTimeoutException())))).isTrue();
    }

    @Test
    void aMessageThatFailsOnItsOwnIsNotAnInfrastructureFailure() {
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(new IllegalStateException("a bug")))).isFalse();
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(
                new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key", "23505"))))).isFalse();
        assertThat(Failures.isTransientInfrastructureFailure(listenerFailure(new MalformedEventException("no ce_id")))).isFalse();
    }

    private static ListenerExecutionFailedException listenerFailure(Throwable cause) {
        return new ListenerExecutionFailedException("Listener failed", cause);
    }
}
