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
import vn.vanthu.support.TestInstallation;

/** The production profile against a real PostgreSQL server: migrations, numbering under concurrency. */
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
