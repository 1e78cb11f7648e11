package vn.vanthu.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.NewIncomingDocument;
import vn.vanthu.support.Postgres;
import vn.vanthu.support.PostgresAvailable;
import vn.vanthu.support.TestInstallation;

/** The production profile against a real PostgreSQL server: migrations, numbering under concurrency. */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresProfileTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInstallation.register(registry);
        String url = Postgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", Postgres::user);
        registry.add("spring.datasource.password", Postgres::password);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentRegistry registry;

    @Autowired
    OrganizationDirectory organizations;

    @Test
    void runsEveryMigrationOnPostgresql() {
        String product = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
        Integer failed = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")
                .query(Integer.class)
                .single();
        assertThat(failed).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication")
                        .query(Integer.class)
                        .single())
                .isNotNull();
    }

    @Test
    void numbers100ConcurrentRegistrationsWithoutGapOrDuplicate() throws Exception {
        Organization school = organizations.create(new NewOrganization(
                organizations.root().id(),
                "Trường THCS Chiềng Lề",
                "THCSCL",
                OrganizationKind.SCHOOL,
                List.of(),
                null,
                null));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<DocumentSummary>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            results.add(threads.submit(() -> registry.receive(letter(school.id(), n))));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<DocumentSummary> result : results) {
            numbers.add(result.get().registerNumber());
        }
        threads.shutdown();
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 100).boxed().toList());
    }

    @Autowired
    vn.vanthu.registry.RegisterBook book;

    @Autowired
    vn.vanthu.account.UnitEnrolment enrolment;

    @Autowired
    vn.vanthu.account.AccountDirectory accounts;

    @Autowired
    vn.vanthu.account.AuditLog audit;

    @Test
    void searchesBooksAndKeepsAccountsOnPostgresql() {
        var admin = accounts.findByUsername("admin").orElseThrow();
        var unit = enrolment.enrol(
                admin,
                new vn.vanthu.account.NewUnit(
                        null,
                        "Trường Tiểu học Chiềng Lề",
                        "THCLPG",
                        List.of("c1chiengle@sonla.edu.vn"),
                        "Quàng Thị Thu",
                        null,
                        "000.00.31.H41"),
                "admin");
        assertThat(unit.account().username()).isEqualTo("quangthithu");
        registry.receive(letter(unit.organization().id(), 7));
        var found = book.search(new vn.vanthu.registry.DocumentQuery(
                unit.organization().id(),
                vn.vanthu.registry.Direction.INCOMING,
                "VỀ VIỆC",
                "7",
                "phường",
                LocalDate.of(2000, 1, 1),
                null,
                vn.vanthu.registry.DocumentStatus.REGISTERED,
                50));
        assertThat(found).hasSize(1);
        var register = book.registers(unit.organization().id()).get(0);
        int year = found.get(0).registeredAt().getYear();
        assertThat(book.entries(register.id(), year)).hasSize(1);
        assertThat(book.years(register.id())).containsExactly(year);
        audit.record("quangthithu", unit.account().accountId(), "LOGIN", null, "127.0.0.1");
        assertThat(audit.recent(unit.account().accountId(), "LOGIN", 10)).hasSize(1);
    }

    @Autowired
    vn.vanthu.handling.Assignments assignments;

    @Autowired
    vn.vanthu.handling.internal.DeadlineReminders reminders;

    @Autowired
    vn.vanthu.handling.internal.DailyDigest digest;

    @Autowired
    vn.vanthu.calendar.WorkCalendars calendars;

    @Test
    void handlesDocumentsAndKeepsCalendarsOnPostgresql() {
        Organization office = organizations.create(new NewOrganization(
                organizations.root().id(), "Phòng GD&ĐT", "PGDPG", OrganizationKind.OFFICE, List.of(), null, null));
        Organization unit = organizations.create(new NewOrganization(
                office.id(),
                "Bộ phận Tiểu học",
                "BPTH",
                OrganizationKind.OTHER,
                List.of("bpth@sonla.edu.vn"),
                null,
                null));
        organizations.setWantsStatusReports(office.id(), true);
        assertThat(organizations.wantsStatusReports(office.id())).isTrue();
        DocumentSummary letter = registry.receive(letter(office.id(), 41));
        var lead = new vn.vanthu.handling.Assignee(vn.vanthu.handling.AssigneePart.LEAD, unit.id(), null, unit.name());
        var other = new vn.vanthu.handling.Assignee(vn.vanthu.handling.AssigneePart.COOPERATING, null, null, "Cô Hoa");
        assignments.assign(
                letter.id(),
                new vn.vanthu.handling.NewAssignment(
                        lead, List.of(other), LocalDate.now().plusDays(1), "Chỉ đạo"),
                "admin",
                null);
        assignments.start(letter.id(), "admin", "Đang làm");
        assertThat(assignments.dueBy(office.id(), LocalDate.now().plusDays(2))).hasSize(1);
        assertThat(reminders.sendDue()).isPositive();
        assertThat(reminders.sendDue()).isZero();
        digest.sendDue();
        var done = assignments.complete(letter.id(), new vn.vanthu.handling.Completion("3", "BC-PGD", null), "admin");
        assertThat(done.replySymbol()).isEqualTo("3/BC-PGD");
        assertThat(assignments.ofDocuments(List.of(letter.id()))).containsKey(letter.id());
        assertThat(registry.find(letter.id()).orElseThrow().summary().status())
                .isEqualTo(vn.vanthu.registry.DocumentStatus.DONE);

        var calendar = calendars.of(office.id()).get(0);
        assertThat(calendars.of(office.id())).hasSize(2);
        LocalDate monday = vn.vanthu.calendar.WorkCalendars.mondayOf(LocalDate.now());
        calendars.add(
                calendar.id(),
                new vn.vanthu.calendar.NewCalendarEvent(
                        monday, java.time.LocalTime.of(7, 30), null, "Chào cờ", null, null, null, null),
                "admin");
        var week = calendars.week(calendar.id(), monday);
        assertThat(week.days().get(0).events())
                .singleElement()
                .satisfies(e -> assertThat(e.startsAt().toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 30)));
        assertThat(calendars.byFeedToken(calendar.feedToken())).isPresent();
    }

    private static NewIncomingDocument letter(long organizationId, int n) {
        var metadata = new DocumentMetadata(
                "Công văn",
                Integer.toString(n),
                "UBND-VP",
                "Sơn La",
                LocalDate.of(2026, 11, 2),
                "ỦY BAN NHÂN DÂN PHƯỜNG CHIỀNG LỀ",
                null,
                "về việc số " + n,
                List.of(),
                List.of(),
                SignerInfo.empty(),
                0,
                null,
                null,
                null);
        return new NewIncomingDocument(
                organizationId,
                metadata,
                "",
                List.of(),
                true,
                null,
                "ubnd@chiengle.vn",
                "test",
                null,
                null,
                null,
                false);
    }
}
