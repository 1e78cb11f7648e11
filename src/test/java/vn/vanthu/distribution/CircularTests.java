package vn.vanthu.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.mailbox.internal.EmbeddedMailServer;
import vn.vanthu.registry.Direction;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.IntegrationTest;
import vn.vanthu.support.LetterPdf;

/** A circular from an office to its schools: numbered, delivered inside VanThu and by e-mail, tracked. */
class CircularTests extends IntegrationTest {

    @Autowired
    Circulars circulars;

    @Autowired
    DeliveryBook deliveries;

    @Autowired
    DocumentRegistry registry;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    EmbeddedMailServer mail;

    @Autowired
    DocumentReader reader;

    @Autowired
    BlobStore blobs;

    @Test
    void sendsOneCircularTo300UnitsOnceEachWithTheirTokenAndThePdf() throws Exception {
        String domain = "c" + UUID.randomUUID().toString().substring(0, 6) + ".example.vn";
        Organization office = office(domain);
        long t0 = System.nanoTime();
        List<Organization> schools = schools(office, domain, 300);
        long t1 = System.nanoTime();
        NewCircular request = circular(office, schools, "Kế hoạch");
        IssuedCircular issued = circulars.issue(request);
        long t2 = System.nanoTime();
        System.err.printf("TIMING orgs=%dms issue=%dms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        assertThat(issued.document().codeNotation()).isEqualTo("KH-" + office.code());
        assertThat(issued.deliveries()).hasSize(300);
        await().atMost(Duration.ofSeconds(120))
                .until(() -> deliveries.ofDocument(issued.document().id()).stream()
                        .allMatch(d -> d.status() == DeliveryStatus.SENT));
        System.err.printf("TIMING sent=%dms%n", (System.nanoTime() - t2) / 1_000_000);

        Map<String, Delivery> byAddress = deliveries
                .ofDocument(issued.document().id())
                .stream()
                .collect(Collectors.toMap(Delivery::email, Function.identity()));
        List<MimeMessage> received = Arrays.asList(mail.getReceivedMessagesForDomain(domain));
        assertThat(received).hasSize(300);
        for (MimeMessage message : received) {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            Delivery delivery = byAddress.get(to);
            assertThat(delivery).as(to).isNotNull();
            assertThat(message.getSubject()).contains("[VT-" + delivery.token() + "]");
            assertThat(message.getMessageID()).isEqualTo(delivery.messageId());
            Address replyTo = message.getReplyTo()[0];
            assertThat(((InternetAddress) replyTo).getAddress()).isEqualTo("vanthu+" + delivery.token() + "@localhost");
            assertThat(message.getHeader("Disposition-Notification-To", null)).isEqualTo("vanthu@localhost");
            assertThat(attachmentNames(message)).contains("ke-hoach.pdf").anyMatch(n -> n.endsWith(".edxml"));
            assertThat(attachment(message, "ke-hoach.pdf"))
                    .isEqualTo(request.file().content());
        }
        for (Organization school : schools) {
            List<DocumentSummary> register = registry.list(school.id(), Direction.INCOMING);
            assertThat(register).hasSize(1);
            assertThat(register.get(0).registerNumber()).isEqualTo(1);
            assertThat(register.get(0).codeNotation()).isEqualTo("KH-" + office.code());
        }
    }

    @Test
    void numbersOutgoingDocumentsInTheOfficesRegisterAndReservesAhead() {
        String domain = "n" + UUID.randomUUID().toString().substring(0, 6) + ".example.vn";
        Organization office = office(domain);
        List<Organization> schools = schools(office, domain, 2);
        IssuedCircular first = circulars.issue(circular(office, schools, null));
        ReservedNumber reserved = circulars.reserve(office.id(), "vanthu", "Quyết định", null, "Thành lập hội đồng");
        IssuedCircular third = circulars.issue(circular(office, schools, null));
        IssuedCircular second = circulars.issueReserved(reserved.documentId(), circular(office, schools, "Quyết định"));

        assertThat(first.document().codeNumber()).isEqualTo("01");
        assertThat(first.document().codeNotation()).isEqualTo(office.code() + "-VP");
        assertThat(reserved.codeNumber()).isEqualTo("02");
        assertThat(reserved.codeNotation()).isEqualTo("QĐ-" + office.code());
        assertThat(second.document().codeNumber()).isEqualTo("02");
        assertThat(second.document().status()).isEqualTo(DocumentStatus.REGISTERED);
        assertThat(third.document().codeNumber()).isEqualTo("03");
        assertThat(registry.list(office.id(), Direction.OUTGOING))
                .extracting(DocumentSummary::registerNumber)
                .containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void writesAnEdxmlHeaderThatReadsBackToTheSameFields() throws Exception {
        String domain = "x" + UUID.randomUUID().toString().substring(0, 6) + ".example.vn";
        Organization office = office(domain);
        IssuedCircular issued = circulars.issue(circular(office, schools(office, domain, 1), null));
        var edxml = registry.find(issued.document().id()).orElseThrow().files().stream()
                .filter(f -> f.role().equals("EDXML"))
                .findFirst()
                .orElseThrow();
        var read = reader.read(new DocumentInput("x.edxml", "x.edxml", "application/xml", blobs.read(edxml.sha256())));
        assertThat(read.metadata().codeNumber()).isEqualTo("01");
        assertThat(read.metadata().codeNotation()).isEqualTo(office.code() + "-VP");
        assertThat(read.metadata().subject()).isEqualTo(issued.document().subject());
        assertThat(read.metadata().promulgationDate())
                .isEqualTo(issued.document().promulgationDate());
    }

    @Test
    void recallsADocumentFromEveryUnitAndTellsThem() {
        String domain = "r" + UUID.randomUUID().toString().substring(0, 6) + ".example.vn";
        Organization office = office(domain);
        List<Organization> schools = schools(office, domain, 3);
        IssuedCircular issued = circulars.issue(circular(office, schools, null));
        circulars.recall(issued.document().id(), office.id(), "vanthu", "Ban hành nhầm phiên bản");
        assertThat(registry.find(issued.document().id()).orElseThrow().summary().status())
                .isEqualTo(DocumentStatus.RECALLED);
        for (Organization school : schools) {
            assertThat(registry.list(school.id(), Direction.INCOMING))
                    .singleElement()
                    .extracting(DocumentSummary::status)
                    .isEqualTo(DocumentStatus.RECALLED);
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Arrays.stream(mail.getReceivedMessagesForDomain(domain))
                                .filter(m -> subject(m).contains("Thu hồi văn bản số"))
                                .count())
                        .isEqualTo(3));
    }

    @Test
    void addsRecipientsLaterAndResendsToOne() {
        String domain = "a" + UUID.randomUUID().toString().substring(0, 6) + ".example.vn";
        Organization office = office(domain);
        List<Organization> schools = schools(office, domain, 3);
        IssuedCircular issued = circulars.issue(circular(office, schools.subList(0, 1), null));
        List<Delivery> added = circulars.addRecipients(
                issued.document().id(),
                office.id(),
                "vanthu",
                schools.stream().map(Organization::id).toList());
        assertThat(added).hasSize(2);
        assertThat(deliveries.ofDocument(issued.document().id())).hasSize(3);
        Delivery first = issued.deliveries().get(0);
        Delivery resent = circulars.resend(first.id(), office.id(), "vanthu");
        assertThat(resent.messageId()).isNotEqualTo(first.messageId());
        assertThat(deliveries.findByMessageId(first.messageId()))
                .map(Delivery::id)
                .contains(first.id());
        assertThat(deliveries.findByMessageId(resent.messageId()))
                .map(Delivery::id)
                .contains(first.id());
    }

    private NewCircular circular(Organization office, List<Organization> to, String type) {
        byte[] pdf = LetterPdf.letter()
                .issuer("UBND THÀNH PHỐ", office.name().toUpperCase())
                .number("", office.code())
                .subject("V/v tổ chức ngày hội đọc sách năm 2026")
                .toBytes();
        MetadataOverrides overrides = type == null
                ? MetadataOverrides.none()
                : new MetadataOverrides(
                        type,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Tổ chức ngày hội đọc sách năm 2026",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        return new NewCircular(
                office.id(),
                "vanthu",
                new UploadedFile("ke-hoach.pdf", "application/pdf", pdf),
                overrides,
                null,
                to.stream().map(Organization::id).toList());
    }

    private Organization office(String domain) {
        String code = "PGD" + domain.substring(0, 4).toUpperCase();
        return organizations.create(new NewOrganization(
                organizations.root().id(),
                "Phòng Giáo dục và Đào tạo " + code,
                code,
                OrganizationKind.OFFICE,
                List.of("vanthu@" + domain),
                null,
                "Nguyễn Văn Bình"));
    }

    private List<Organization> schools(Organization office, String domain, int count) {
        List<Organization> schools = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String n = String.format("%03d", i);
            schools.add(organizations.create(new NewOrganization(
                    office.id(),
                    "Trường Tiểu học số " + n,
                    office.code() + "-TH" + n,
                    OrganizationKind.SCHOOL,
                    List.of("truong" + n + "@" + domain),
                    null,
                    "Hiệu trưởng " + n)));
        }
        return schools;
    }

    private static List<String> attachmentNames(Part part) throws Exception {
        List<String> names = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                names.addAll(attachmentNames(multipart.getBodyPart(i)));
            }
        } else if (part.getFileName() != null) {
            names.add(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()));
        }
        return names;
    }

    /** The decoded bytes of the attachment of that name, or {@code null}. */
    private static byte[] attachment(Part part, String name) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] found = attachment(multipart.getBodyPart(i), name);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return name.equals(part.getFileName()) ? part.getInputStream().readAllBytes() : null;
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
