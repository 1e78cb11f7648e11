package vn.vanthu.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway PostgreSQL database for the production-profile suite, on the server named by {@code
 * VANTHU_TEST_POSTGRES_URL} (user {@code VANTHU_TEST_POSTGRES_USER}, password {@code VANTHU_TEST_POSTGRES_PASSWORD}).
 * Without that variable the suite is skipped, unless {@code VANTHU_REQUIRE_POSTGRES=true} (as in {@code .ci/run}),
 * which makes a missing server a failure.
 */
public final class Postgres {

    private Postgres() {}

    /** Creates a new empty database and returns its JDBC URL. */
    public static String newDatabase() {
        String server = System.getenv("VANTHU_TEST_POSTGRES_URL");
        if (server == null) {
            if ("true".equals(System.getenv("VANTHU_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("VANTHU_TEST_POSTGRES_URL is not set but PostgreSQL is required");
            }
            assumeTrue(false, "no PostgreSQL server configured (VANTHU_TEST_POSTGRES_URL)");
        }
        String name =
                "vanthu_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(server + "/postgres", user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server, e);
        }
        return server + "/" + name;
    }

    public static String user() {
        return System.getenv().getOrDefault("VANTHU_TEST_POSTGRES_USER", "vanthu");
    }

    public static String password() {
        return System.getenv().getOrDefault("VANTHU_TEST_POSTGRES_PASSWORD", "vanthu");
    }
}
