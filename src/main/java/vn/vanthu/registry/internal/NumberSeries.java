package vn.vanthu.registry.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.registry.Direction;

/**
 * The yearly number series of registers. A number is taken by locking the counter row for the register and
 * year ({@code SELECT … FOR UPDATE}) and must run inside the caller's transaction, so that a rollback gives
 * the number back: a register never has a gap or a duplicate.
 */
@Repository
public class NumberSeries {

    private final JdbcClient jdbc;
    private final Clock clock;

    public NumberSeries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The default register of an organization for a direction, created when missing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long registerOf(long organizationId, Direction direction) {
        String code = direction == Direction.INCOMING ? "DEN" : "DI";
        String name = direction == Direction.INCOMING ? "Sổ đăng ký văn bản đến" : "Sổ đăng ký văn bản đi";
        jdbc.sql("INSERT INTO register (organization_id, direction, code, name, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(organizationId, direction.name(), code, name, OffsetDateTime.now(clock))
                .update();
        return jdbc.sql("SELECT id FROM register WHERE organization_id = ? AND direction = ? AND code = ?")
                .params(organizationId, direction.name(), code)
                .query(Long.class)
                .single();
    }

    /** Takes the next number of a register for a year; the first number of a year is 1. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int takeNext(long registerId, int year) {
        jdbc.sql(
                        "INSERT INTO register_counter (register_id, counter_year, last_number) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
                .params(registerId, year)
                .update();
        int last = jdbc.sql(
                        "SELECT last_number FROM register_counter WHERE register_id = ? AND counter_year = ? FOR UPDATE")
                .params(registerId, year)
                .query(Integer.class)
                .single();
        jdbc.sql("UPDATE register_counter SET last_number = ? WHERE register_id = ? AND counter_year = ?")
                .params(last + 1, registerId, year)
                .update();
        return last + 1;
    }
}
