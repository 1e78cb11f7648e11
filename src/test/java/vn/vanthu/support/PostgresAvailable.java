package vn.vanthu.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a PostgreSQL test class before its Spring context is started when no server is configured (so that a plain
 * {@code mvn -B verify} on a fresh machine skips it instead of failing to start it); with {@code
 * VANTHU_REQUIRE_POSTGRES=true} the class runs and a missing server fails it.
 */
public final class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (System.getenv("VANTHU_TEST_POSTGRES_URL") != null
                || "true".equals(System.getenv("VANTHU_REQUIRE_POSTGRES"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL configured or required");
        }
        return ConditionEvaluationResult.disabled("no PostgreSQL server configured (VANTHU_TEST_POSTGRES_URL)");
    }
}
