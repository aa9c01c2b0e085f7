package org.childsafe.lti.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void aRefusedDatabaseConnectionDeepInTheChainIsAnOutage() {
        // the shape Payara and Hibernate produced in the load and fault run
        Throwable jdbc = new SQLException("Connection to localhost:22090 refused.", "08001", new ConnectException("Connection refused"));
        Throwable pool = new SQLException("Error in allocating a connection.", null, jdbc);
        Throwable hibernate = new PersistenceException("Unable to acquire JDBC Connection", pool);

        assertThat(ErrorPage.unreachable(new RuntimeException("servlet", hibernate))).isTrue();
    }

    @Test
    void connectionExceptionsAndARefusedSocketAreOutagesOnTheirOwn() {
        assertThat(ErrorPage.unreachable(new SQLTransientConnectionException("pool timeout"))).isTrue();
        assertThat(ErrorPage.unreachable(new IllegalStateException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ErrorPage.unreachable(null)).isFalse();
        assertThat(ErrorPage.unreachable(new IllegalStateException("bug"))).isFalse();
        assertThat(ErrorPage.unreachable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ErrorPage.unreachable(new PersistenceException(new SQLException("no state")))).isFalse();
    }
}
