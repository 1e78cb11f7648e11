package vn.vanthu.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.vanthu.calendar.CalendarEvent;
import vn.vanthu.calendar.CalendarKind;
import vn.vanthu.calendar.WorkCalendar;

/** The SQL behind work calendars, their events and their weekly publications. */
@Repository
public class CalendarRows {

    private static final String CALENDAR = "SELECT id, organization_id, kind, name, feed_token FROM work_calendar";

    private final JdbcClient jdbc;
    private final Clock clock;

    public CalendarRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the calendar unless it exists (another request or node may create it at the same moment). */
    public void ensure(long organizationId, CalendarKind kind, String name, String token) {
        jdbc.sql(
                        "INSERT INTO work_calendar (organization_id, kind, name, feed_token, created_at) VALUES (?, ?, ?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                .params(organizationId, kind.name(), name, token, OffsetDateTime.now(clock))
                .update();
    }

    public List<WorkCalendar> ofOrganization(long organizationId) {
        return jdbc.sql(CALENDAR + " WHERE organization_id = ? ORDER BY kind")
                .param(organizationId)
                .query(this::calendar)
                .list();
    }

    public List<WorkCalendar> all() {
        return jdbc.sql(CALENDAR + " ORDER BY id").query(this::calendar).list();
    }

    public Optional<WorkCalendar> find(long id) {
        return jdbc.sql(CALENDAR + " WHERE id = ?")
                .param(id)
                .query(this::calendar)
                .optional();
    }

    public Optional<WorkCalendar> byToken(String token) {
        return jdbc.sql(CALENDAR + " WHERE feed_token = ?")
                .param(token)
                .query(this::calendar)
                .optional();
    }

    public void renewToken(long id, String token) {
        jdbc.sql("UPDATE work_calendar SET feed_token = ? WHERE id = ?")
                .params(token, id)
                .update();
    }

    public long insertEvent(long calendarId, OffsetDateTime start, OffsetDateTime end, EventFields f, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        "INSERT INTO calendar_event (calendar_id, starts_at, ends_at, title, place, participants,"
                                + " prepared_by, notes, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        calendarId,
                        start,
                        end,
                        f.title(),
                        f.place(),
                        f.participants(),
                        f.preparedBy(),
                        f.notes(),
                        actor,
                        now,
                        now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public int updateEvent(long calendarId, long eventId, OffsetDateTime start, OffsetDateTime end, EventFields f) {
        return jdbc.sql("UPDATE calendar_event SET starts_at = ?, ends_at = ?, title = ?, place = ?, participants = ?,"
                        + " prepared_by = ?, notes = ?, sequence_no = sequence_no + 1, updated_at = ?"
                        + " WHERE id = ? AND calendar_id = ?")
                .params(
                        start,
                        end,
                        f.title(),
                        f.place(),
                        f.participants(),
                        f.preparedBy(),
                        f.notes(),
                        OffsetDateTime.now(clock),
                        eventId,
                        calendarId)
                .update();
    }

    public int deleteEvent(long calendarId, long eventId) {
        return jdbc.sql("DELETE FROM calendar_event WHERE id = ? AND calendar_id = ?")
                .params(eventId, calendarId)
                .update();
    }

    /** Events starting at or after {@code from} and before {@code to}, by time. */
    public List<CalendarEvent> events(long calendarId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT * FROM calendar_event WHERE calendar_id = ? AND starts_at >= ? AND starts_at < ?"
                        + " ORDER BY starts_at, id")
                .params(calendarId, from, to)
                .query(this::event)
                .list();
    }

    /** Marks a week published; {@code false} when it already was. */
    public boolean firstPublication(long calendarId, LocalDate weekStart, int recipients) {
        return jdbc.sql("INSERT INTO calendar_publication (calendar_id, week_start, recipients, published_at)"
                                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(calendarId, weekStart, recipients, OffsetDateTime.now(clock))
                        .update()
                == 1;
    }

    public boolean published(long calendarId, LocalDate weekStart) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_publication WHERE calendar_id = ? AND week_start = ?")
                        .params(calendarId, weekStart)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private WorkCalendar calendar(ResultSet rs, int row) throws SQLException {
        return new WorkCalendar(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                CalendarKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("feed_token"));
    }

    private CalendarEvent event(ResultSet rs, int row) throws SQLException {
        return new CalendarEvent(
                rs.getLong("id"),
                rs.getLong("calendar_id"),
                vietnam(rs.getObject("starts_at", OffsetDateTime.class)),
                vietnam(rs.getObject("ends_at", OffsetDateTime.class)),
                rs.getString("title"),
                rs.getString("place"),
                rs.getString("participants"),
                rs.getString("prepared_by"),
                rs.getString("notes"),
                rs.getString("created_by"),
                rs.getInt("sequence_no"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** PostgreSQL answers in UTC: pages and mail show Vietnam time. */
    private static OffsetDateTime vietnam(OffsetDateTime at) {
        return at == null
                ? null
                : at.atZoneSameInstant(vn.vanthu.VanThuApplication.ZONE).toOffsetDateTime();
    }
}
