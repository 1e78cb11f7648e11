package vn.vanthu.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.account.EnrolledUnit;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.handling.internal.DailyDigest;
import vn.vanthu.handling.internal.DeadlineReminders;
import vn.vanthu.mailbox.OutgoingMail;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.WebTest;

/** What handling sends by e-mail: urgent notices, status reports with edXML, reminders, digests. */
class NotificationTests extends WebTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    DocumentRegistry registry;

    @Autowired
    Assignments assignments;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DeadlineReminders reminders;

    @Autowired
    DailyDigest digest;

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    HandlingLetters letters;
    EnrolledUnit office;
    IssuedCredentials leader;
    IssuedCredentials officer;
    String leaderEmail;
    String officerEmail;

    @BeforeEach
    void office() {
        letters = new HandlingLetters(registry, blobs, jdbc);
        office = units.under(
                organizations.root().id(),
                "Phòng Giáo dục và Đào tạo Thuận Châu",
                "Lò Văn Pọm",
                OrganizationKind.OFFICE);
        long officeId = office.organization().id();
        leader = units.staff(officeId, "Quàng Văn Thượng", Role.LEADER);
        leaderEmail = uniqueName().toLowerCase() + "-truongphong@thuanchau.edu.vn";
        accounts.updateProfile(leader.accountId(), "Quàng Văn Thượng", "0912345678", leaderEmail, "test");
        officer = units.staff(officeId, "Cầm Thị Ngọc", Role.CLERK);
        officerEmail = uniqueName().toLowerCase() + "-chuyenvien@thuanchau.edu.vn";
        accounts.updateProfile(officer.accountId(), "Cầm Thị Ngọc", null, officerEmail, "test");
    }

    @Test
    void sendsAnUrgentDocumentToTheLeadersAtOnceWithItsFile() throws Exception {
        DocumentSummary urgent = letters.registered(
                office.organization().id(), "512", "Ứng phó khẩn cấp với mưa lũ", 3, null, "so@sonla.edu.vn");
        DocumentSummary ordinary = letters.registered(
                office.organization().id(), "513", "Thông báo lịch họp thường kỳ", 0, null, "so@sonla.edu.vn");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !letters.mails(urgent.id(), "URGENT_NOTICE").isEmpty());
        var notice = letters.mails(urgent.id(), "URGENT_NOTICE");
        assertThat(notice).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo(leaderEmail);
            assertThat(m.subject()).startsWith("[HỎA TỐC] Văn bản đến số").contains("512/SGDĐT-GDTrH");
        });
        OutgoingMail mail = json.readValue(notice.get(0).spec(), OutgoingMail.class);
        assertThat(mail.text())
                .contains("Kính gửi Quàng Văn Thượng", "hỏa tốc", "/documents/" + urgent.id() + "/handling");
        assertThat(mail.attachments())
                .singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("cong-van-512.pdf"));
        await().atMost(Duration.ofSeconds(20)).until(this::listenersDone);
        assertThat(registry.find(urgent.id()).orElseThrow().history())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("URGENT_NOTIFIED"));
        assertThat(letters.mails(ordinary.id(), "URGENT_NOTICE")).isEmpty();
    }

    @Test
    void reportsStatusBackWithAnEdxmlPackageOnlyToOfficesThatWantIt() throws Exception {
        String code = vn.vanthu.support.Units.code("SO");
        String senderAddress = code.toLowerCase() + "@sogd.sonla.gov.vn";
        Organization sender = organizations.create(new NewOrganization(
                null,
                "Sở Giáo dục và Đào tạo Sơn La",
                code,
                OrganizationKind.EXTERNAL,
                List.of(senderAddress),
                "000.00.00.H41",
                null));
        // The administrator turns the reports on, on the organization page.
        var admin = units.staff(organizations.root().id(), "Quản Trị Viên", Role.ADMIN);
        units.activate(admin);
        assertThat(page("/admin/organizations/" + sender.id(), admin.username(), "ADMIN"))
                .contains("wantsStatusReports");
        mvc.perform(post("/admin/organizations/" + sender.id())
                        .with(user(admin.username()).roles("ADMIN"))
                        .with(csrf())
                        .param("name", sender.name())
                        .param("code", sender.code())
                        .param("kind", "EXTERNAL")
                        .param("emails", senderAddress)
                        .param("organId", "000.00.00.H41")
                        .param("wantsStatusReports", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(organizations.wantsStatusReports(sender.id())).isTrue();

        DocumentSummary letter = letters.registered(
                office.organization().id(), "3234", "Hướng dẫn nhiệm vụ năm học", 0, null, senderAddress);
        DocumentSummary unwanted = letters.registered(
                office.organization().id(), "3235", "Văn bản từ nơi không cần báo", 0, null, "khac@example.vn");
        Assignee lead = new Assignee(AssigneePart.LEAD, null, officer.accountId(), "Cầm Thị Ngọc");
        assignments.assign(
                letter.id(), new NewAssignment(lead, List.of(), null, "Bí mật nội bộ"), leader.username(), null);
        assignments.assign(unwanted.id(), new NewAssignment(lead, List.of(), null, null), leader.username(), null);
        assignments.start(letter.id(), officer.username(), "Đang soạn hướng dẫn");
        assignments.complete(
                letter.id(), new Completion("45", "PGDĐT-GDTrH", "Đã ban hành hướng dẫn"), officer.username());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> letters.mails(letter.id(), "STATUS_REPORT").size() == 3);
        await().atMost(Duration.ofSeconds(20)).until(this::listenersDone);
        var reports = letters.mails(letter.id(), "STATUS_REPORT");
        assertThat(reports).extracting(HandlingLetters.Queued::recipient).containsOnly(senderAddress);
        assertThat(reports)
                .extracting(HandlingLetters.Queued::subject)
                .containsExactlyInAnyOrder(
                        "Trạng thái xử lý văn bản 3234/SGDĐT-GDTrH: Đã phân công xử lý (04)",
                        "Trạng thái xử lý văn bản 3234/SGDĐT-GDTrH: Đang xử lý (05)",
                        "Trạng thái xử lý văn bản 3234/SGDĐT-GDTrH: Đã xử lý xong (06)");
        OutgoingMail done = reports.stream()
                .map(r -> json.readValue(r.spec(), OutgoingMail.class))
                .filter(m -> "06".equals(m.headers().get("X-VanThu-Status")))
                .findFirst()
                .orElseThrow();
        assertThat(done.inReplyTo()).startsWith("<3234.");
        assertThat(done.headers()).containsEntry("Auto-Submitted", "auto-generated");
        Document xml = xml(done.attachments().get(0).sha256());
        assertThat(text(xml, "StatusCode")).isEqualTo("06");
        assertThat(text(xml, "CodeNumber")).isEqualTo("3234");
        assertThat(text(xml, "CodeNotation")).isEqualTo("SGDĐT-GDTrH");
        assertThat(text(xml, "PromulgationDate")).isEqualTo("2026-11-02");
        assertThat(text(xml, "Description")).contains("Đã xử lý xong", "45/PGDĐT-GDTrH");
        assertThat(text(xml, "Staff")).isEqualTo("Cầm Thị Ngọc");
        assertThat(xml.getElementsByTagNameNS("*", "OrganId").item(1).getTextContent())
                .isEqualTo("000.00.00.H41");
        assertThat(xml.getElementsByTagNameNS("*", "Timestamp").item(0).getTextContent())
                .endsWith("+07:00");
        String assigned = reports.stream()
                .map(r -> json.readValue(r.spec(), OutgoingMail.class))
                .filter(m -> "04".equals(m.headers().get("X-VanThu-Status")))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(assigned).doesNotContain("Bí mật nội bộ");
        assertThat(letters.mails(unwanted.id(), "STATUS_REPORT")).isEmpty();

        // A refused letter (02) is reported too; registration (03) is the receipt module's acknowledgement.
        DocumentSummary misaddressed =
                letters.pending(office.organization().id(), "3300", "Gửi nhầm cơ quan", senderAddress);
        registry.refuse(misaddressed.id(), officer.username(), "Văn bản không thuộc thẩm quyền giải quyết");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> letters.mails(misaddressed.id(), "STATUS_REPORT").size() == 1);
        assertThat(letters.mails(misaddressed.id(), "STATUS_REPORT").get(0).subject())
                .endsWith("Từ chối tiếp nhận (02)");
        assertThat(letters.mails(letter.id(), "STATUS_REPORT"))
                .noneMatch(m -> m.subject().endsWith("(03)"));
    }

    @Test
    void remindsTheLeadBeforeTheDeadlineAndAgainWhenOverdueOnce() {
        LocalDate today = LocalDate.now(clock);
        DocumentSummary letter = letters.registered(
                office.organization().id(), "640", "Báo cáo tình hình đội ngũ", 0, today.plusDays(1), null);
        Assignee lead = new Assignee(AssigneePart.LEAD, null, officer.accountId(), "Cầm Thị Ngọc");
        assignments.assign(letter.id(), new NewAssignment(lead, List.of(), null, null), leader.username(), null);

        reminders.sendDue();
        reminders.sendDue();
        assertThat(letters.mails(letter.id(), "DEADLINE_REMINDER"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.recipient()).isEqualTo(officerEmail);
                    assertThat(m.subject()).startsWith("[Sắp đến hạn] 640/SGDĐT-GDTrH");
                });

        clock.setTo(today.plusDays(3).atTime(8, 0).atZone(VIETNAM).toInstant());
        reminders.sendDue();
        reminders.sendDue();
        var overdue = letters.mails(letter.id(), "DEADLINE_REMINDER").stream()
                .filter(m -> m.subject().startsWith("[Quá hạn]"))
                .toList();
        assertThat(overdue)
                .extracting(HandlingLetters.Queued::recipient)
                .containsExactlyInAnyOrder(officerEmail, leaderEmail);
        assertThat(registry.find(letter.id()).orElseThrow().history())
                .filteredOn(e -> e.action().equals("REMINDED"))
                .hasSize(2);
    }

    @Test
    void sendsEachAccountOneDigestADayAndNoneWhenThereIsNothing() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        clock.setTo(tomorrow.atTime(5, 0).atZone(VIETNAM).toInstant());
        DocumentSummary letter = letters.registered(
                office.organization().id(), "701", "Kế hoạch tuyển sinh năm học mới", 1, tomorrow.plusDays(1), null);
        Assignee lead = new Assignee(AssigneePart.LEAD, null, officer.accountId(), "Cầm Thị Ngọc");
        assignments.assign(letter.id(), new NewAssignment(lead, List.of(), null, null), leader.username(), null);
        assertThat(digest.sendDue()).as("before the digest time").isZero();

        clock.setTo(tomorrow.atTime(7, 0).atZone(VIETNAM).toInstant());
        digest.sendDue();
        digest.sendDue();
        var toOfficer = letters.mailsTo(officerEmail, "DAILY_DIGEST");
        assertThat(toOfficer)
                .singleElement()
                .satisfies(m -> assertThat(m.subject())
                        .startsWith("Bản tin công văn ngày "
                                + tomorrow.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        String text =
                json.readValue(toOfficer.get(0).spec(), OutgoingMail.class).text();
        assertThat(text)
                .contains("VĂN BẢN MỚI ĐẾN", "VĂN BẢN ĐƯỢC GIAO XỬ LÝ", "SẮP ĐẾN HẠN", "Kế hoạch tuyển sinh", "[KHẨN]");
        assertThat(letters.mailsTo(leaderEmail, "DAILY_DIGEST")).hasSize(1);

        // Nothing new the day after: the digest is looked at and not sent.
        var quiet = units.staff(office.organization().id(), "Lường Văn Yên", Role.CLERK);
        String quietEmail = vn.vanthu.support.Units.code("Q").toLowerCase() + "@thuanchau.edu.vn";
        var other =
                units.under(organizations.root().id(), "Trường Mầm non Hoa Ban", "Vì Thị Hoa", OrganizationKind.SCHOOL);
        accounts.updateProfile(quiet.accountId(), "Lường Văn Yên", null, quietEmail, "test");
        accounts.inOrganizations(List.of(other.organization().id()))
                .forEach(a -> accounts.updateProfile(
                        a.id(), a.fullName(), null, quietEmail.replace("@", "+hoaban@"), "test"));
        clock.setTo(tomorrow.plusDays(1).atTime(7, 0).atZone(VIETNAM).toInstant());
        digest.sendDue();
        assertThat(letters.mailsTo(quietEmail.replace("@", "+hoaban@"), "DAILY_DIGEST"))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_digest d JOIN account a ON a.id = d.account_id"
                                + " WHERE a.organization_id = ? AND d.item_count = 0")
                        .param(other.organization().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theReminderRouteCallsTheReminderBean() throws Exception {
        AdviceWith.adviceWith(
                camel, "handling-reminders", route -> route.replaceFromWith("direct:handling-reminders-test"));
        camel.getRouteController().startRoute("handling-reminders");
        try {
            LocalDate today = LocalDate.now(clock);
            DocumentSummary letter = letters.registered(
                    office.organization().id(), "650", "Rà soát hồ sơ thi đua", 0, today.plusDays(1), null);
            Assignee lead = new Assignee(AssigneePart.LEAD, null, officer.accountId(), "Cầm Thị Ngọc");
            assignments.assign(letter.id(), new NewAssignment(lead, List.of(), null, null), leader.username(), null);
            Object queued = producer.requestBody("direct:handling-reminders-test", (Object) "");
            assertThat((Integer) queued).isPositive();
            assertThat(letters.mails(letter.id(), "DEADLINE_REMINDER")).hasSize(1);
        } finally {
            camel.getRouteController().stopRoute("handling-reminders");
        }
    }

    private boolean listenersDone() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                        .query(Integer.class)
                        .single()
                == 0;
    }

    private Document xml(String sha256) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = blobs.open(sha256)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static String text(Document xml, String name) {
        return xml.getElementsByTagNameNS("http://www.mic.gov.vn/TBT/QCVN_102_2016", name)
                .item(0)
                .getTextContent();
    }

    private String page(String path, String username, String role) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String uniqueName() {
        return vn.vanthu.support.Units.code("M");
    }
}
