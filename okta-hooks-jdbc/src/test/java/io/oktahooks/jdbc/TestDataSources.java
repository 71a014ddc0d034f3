package io.oktahooks.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Data sources that misbehave the way production ones do: down, hanging, or handing out transactions. */
final class TestDataSources {

    private TestDataSources() {}

    /** A database that is down: every connection attempt fails at once. */
    static DataSource down(AtomicInteger attempts) {
        return dataSource((method, args) -> {
            if (method.equals("getConnection")) {
                attempts.incrementAndGet();
                throw new SQLTransientConnectionException("Connection to 127.0.0.1:5432 refused", "08001");
            }
            throw new UnsupportedOperationException(method);
        });
    }

    /** A pool that hangs: taking a connection blocks (until interrupted) far past any deadline. */
    static DataSource hanging(AtomicInteger attempts) {
        return dataSource((method, args) -> {
            if (method.equals("getConnection")) {
                attempts.incrementAndGet();
                Thread.sleep(30_000);
                throw new SQLTransientConnectionException("timed out", "08001");
            }
            throw new UnsupportedOperationException(method);
        });
    }

    /** Hands out the delegate's connections with auto-commit off, as some pools are configured. */
    static DataSource transactional(DataSource delegate) {
        return dataSource((method, args) -> {
            if (method.equals("getConnection")) {
                Connection connection = delegate.getConnection();
                connection.setAutoCommit(false);
                return connection;
            }
            throw new UnsupportedOperationException(method);
        });
    }

    private interface Behaviour {
        Object invoke(String method, Object[] args) throws Exception;
    }

    private static DataSource dataSource(Behaviour behaviour) {
        return (DataSource) Proxy.newProxyInstance(
                TestDataSources.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return "test DataSource";
                    }
                    try {
                        return behaviour.invoke(method.getName(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } catch (SQLException | RuntimeException | InterruptedException e) {
                        throw e;
                    }
                });
    }
}
