package vn.vanthu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.VanThuApplication;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.support.IntegrationTest;

class NumberSeriesTests extends IntegrationTest {

    @Autowired
    DocumentRegistry registry;

    @Autowired
    OrganizationDirectory organizations;

    @Test
    void gives200ConcurrentRegistrationsTheNumbers1To200WithoutGapOrDuplicate() throws Exception {
        Organization school = newOrganization("NUM");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<DocumentSummary>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            results.add(threads.submit(() -> registry.receive(letter(school, n, true))));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<DocumentSummary> result : results) {
            numbers.add(result.get().registerNumber());
        }
        threads.shutdown();
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, 200).boxed().toList());
    }

    @Test
    void startsEachYearAtOne() {
        Organization school = newOrganization("YEAR");
        clock.setTo(ZonedDateTime.of(2026, 12, 31, 23, 50, 0, 0, VanThuApplication.ZONE)
                .toInstant());
        assertThat(registry.receive(letter(school, 1, true)).registerNumber()).isEqualTo(1);
        assertThat(registry.receive(letter(school, 2, true)).registerNumber()).isEqualTo(2);
        clock.setTo(
                ZonedDateTime.of(2027, 1, 1, 0, 5, 0, 0, VanThuApplication.ZONE).toInstant());
        DocumentSummary firstOfYear = registry.receive(letter(school, 3, true));
        assertThat(firstOfYear.registerNumber()).isEqualTo(1);
        assertThat(firstOfYear.registeredAt().getYear()).isEqualTo(2027);
    }

    @Test
    void numbersPendingLettersOnlyWhenTheClerkRegistersThem() {
        Organization school = newOrganization("PEND");
        DocumentSummary pending = registry.receive(letter(school, 1, false));
        DocumentSummary registered = registry.receive(letter(school, 2, true));
        assertThat(pending.status()).isEqualTo(DocumentStatus.PENDING);
        assertThat(pending.registerNumber()).isNull();
        assertThat(registered.registerNumber()).isEqualTo(1);
        DocumentSummary later = registry.register(pending.id(), "vanthu", null);
        assertThat(later.registerNumber()).isEqualTo(2);
        assertThat(registry.find(pending.id()).orElseThrow().history())
                .extracting(DocumentEvent::action)
                .containsExactly("RECEIVED", "PENDING", "REGISTERED");
    }

    @Test
    void takesTheSamePartOfTheSameMessageOnce() {
        Organization school = newOrganization("ONCE");
        NewIncomingDocument letter = new NewIncomingDocument(
                school.id(), metadata(7), "", List.of(), true, null, "a@b.vn", "test", 4242L, "part:2", null, false);
        DocumentSummary first = registry.receive(letter);
        DocumentSummary second = registry.receive(letter);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(registry.list(school.id(), Direction.INCOMING)).hasSize(1);
    }

    private Organization newOrganization(String code) {
        return organizations.create(new NewOrganization(
                organizations.root().id(),
                "Trường Tiểu học " + code,
                code + System.nanoTime(),
                OrganizationKind.SCHOOL,
                List.of(),
                null,
                null));
    }

    private static NewIncomingDocument letter(Organization receiver, int n, boolean register) {
        return new NewIncomingDocument(
                receiver.id(),
                metadata(n),
                "Nội dung " + n,
                List.of(),
                register,
                register ? null : "Chờ kiểm tra",
                "vanphong@sogd.edu.vn",
                "test",
                null,
                null,
                null,
                false);
    }

    private static DocumentMetadata metadata(int n) {
        return new DocumentMetadata(
                "Công văn",
                Integer.toString(n),
                "SGDĐT-VP",
                "Sơn La",
                LocalDate.of(2026, 11, 20),
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "UBND TỈNH SƠN LA",
                "về việc số " + n,
                List.of(),
                List.of(),
                SignerInfo.empty(),
                0,
                null,
                null,
                null);
    }
}
