package vn.vanthu.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vanthu.account.EnrolledUnit;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.registry.DocumentEvent;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentStatus;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.WebTest;

/** Phân công: a leader assigns an incoming document; the lead reports 05 and 06; lists and the follow-up register. */
class AssignmentTests extends WebTest {

    @Autowired
    DocumentRegistry registry;

    @Autowired
    Assignments assignments;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    HandlingLetters letters;
    EnrolledUnit office;
    EnrolledUnit primary;
    EnrolledUnit secondary;
    IssuedCredentials leader;
    RequestPostProcessor asLeader;
    RequestPostProcessor asPrimary;
    RequestPostProcessor asSecondary;

    @BeforeEach
    void office() {
        letters = new HandlingLetters(registry, blobs, jdbc);
        office = units.under(
                organizations.root().id(), "Phòng Giáo dục và Đào tạo Mai Sơn", "Hà Văn Đức", OrganizationKind.OFFICE);
        long officeId = office.organization().id();
        primary = units.under(officeId, "Bộ phận Giáo dục Tiểu học", "Cầm Thị Lan", OrganizationKind.OTHER);
        secondary = units.under(officeId, "Bộ phận Tổ chức cán bộ", "Lò Văn Sơn", OrganizationKind.OTHER);
        units.activate(office.account());
        units.activate(primary.account());
        units.activate(secondary.account());
        leader = units.staff(officeId, "Đinh Thị Hằng", Role.LEADER);
        units.activate(leader);
        asLeader = user(leader.username()).roles("LEADER");
        asPrimary = user(primary.account().username()).roles("UNIT");
        asSecondary = user(secondary.account().username()).roles("UNIT");
    }

    @Test
    void assignsALeadAndCooperatingUnitsWithTheDocumentsDueDateAndTheDirective() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(20);
        DocumentSummary letter = letter("4144", "Tổ chức hội thi giáo viên dạy giỏi cấp huyện", due);
        assign(letter, "unit:" + primary.organization().id(), "Cô Lường Thị Hoa", null)
                .andExpect(redirectedUrl("/documents/" + letter.id() + "/handling"))
                .andExpect(flash().attribute("notice", "handling.assigned"));

        Assignment assignment = assignments.find(letter.id()).orElseThrow();
        assertThat(assignment.lead().orElseThrow().name()).isEqualTo("Bộ phận Giáo dục Tiểu học");
        assertThat(assignment.cooperating())
                .extracting(Assignee::name)
                .containsExactly("Bộ phận Tổ chức cán bộ", "Cô Lường Thị Hoa");
        assertThat(assignment.deadline()).isEqualTo(due);
        assertThat(assignment.deadlineSource()).isEqualTo(DeadlineSource.DOCUMENT);
        assertThat(assignment.directive()).isEqualTo("Giao Bộ phận Tiểu học chủ trì, báo cáo kết quả trước hạn.");
        var details = registry.find(letter.id()).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(DocumentStatus.ASSIGNED);
        assertThat(details.history())
                .filteredOn(e -> e.action().equals("ASSIGNED"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(leader.username());
                    assertThat(e.detail()).contains("Chủ trì: Bộ phận Giáo dục Tiểu học", "phối hợp:");
                });

        // The assignees see it in their lists and may open it, although it is the office's document.
        assertThat(page("/handling", asPrimary)).contains("Tổ chức hội thi giáo viên dạy giỏi cấp huyện");
        assertThat(page("/handling", asSecondary)).contains("Tổ chức hội thi giáo viên dạy giỏi cấp huyện");
        assertThat(page("/documents/" + letter.id() + "/handling", asPrimary))
                .contains("Giao Bộ phận Tiểu học chủ trì", "Cô Lường Thị Hoa", "Đã phân công");
        long file = details.files().get(0).id();
        mvc.perform(get("/documents/" + letter.id() + "/handling/files/" + file).with(asSecondary))
                .andExpect(status().isOk());
        var stranger = units.school("Trường Tiểu học Nà Bó", "Người Lạ");
        units.activate(stranger.account());
        mvc.perform(get("/documents/" + letter.id() + "/handling")
                        .with(user(stranger.account().username()).roles("UNIT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + letter.id() + "/handling/files/" + file)
                        .with(user(stranger.account().username()).roles("UNIT")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLeadMovesItToInProgressAndDoneWithTheReplyDocument() throws Exception {
        DocumentSummary letter = letter("88", "Báo cáo số liệu học sinh đầu năm", null);
        assign(
                letter,
                "unit:" + primary.organization().id(),
                null,
                LocalDate.now(clock).plusDays(5));

        mvc.perform(post("/documents/" + letter.id() + "/handling/complete")
                        .with(asSecondary)
                        .with(csrf())
                        .param("replyCodeNumber", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/documents/" + letter.id() + "/handling/start")
                        .with(asPrimary)
                        .with(csrf())
                        .param("note", "Đang tổng hợp số liệu các trường"))
                .andExpect(flash().attribute("notice", "handling.started"));
        assertThat(registry.find(letter.id()).orElseThrow().summary().status()).isEqualTo(DocumentStatus.IN_PROGRESS);
        mvc.perform(post("/documents/" + letter.id() + "/handling/complete")
                        .with(asPrimary)
                        .with(csrf())
                        .param("replyCodeNumber", "15")
                        .param("replyCodeNotation", "BC-PGDĐT")
                        .param("note", "Đã gửi báo cáo"))
                .andExpect(flash().attribute("notice", "handling.completed"));

        var details = registry.find(letter.id()).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(DocumentStatus.DONE);
        assertThat(assignments.find(letter.id()).orElseThrow().replySymbol()).isEqualTo("15/BC-PGDĐT");
        assertThat(details.history())
                .extracting(DocumentEvent::action, DocumentEvent::actor)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "IN_PROGRESS", primary.account().username()),
                        org.assertj.core.groups.Tuple.tuple(
                                "DONE", primary.account().username()));
        assertThat(page("/documents/" + letter.id() + "/handling", asLeader))
                .contains("15/BC-PGDĐT", "Đã xử lý xong", "Đang tổng hợp số liệu các trường");
    }

    @Test
    void allowsOnlyTheMovesOfTheWorkflow() throws Exception {
        DocumentSummary letter = letter("12", "Kế hoạch kiểm tra nội bộ", null);
        mvc.perform(post("/documents/" + letter.id() + "/handling/complete")
                        .with(asLeader)
                        .with(csrf()))
                .andExpect(flash().attribute("error", "Văn bản chưa được phân công."));
        assertThatThrownBy(() -> registry.changeStatus(letter.id(), DocumentStatus.DONE, "x", "DONE", null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(registry.find(letter.id()).orElseThrow().summary().status()).isEqualTo(DocumentStatus.REGISTERED);
        mvc.perform(post("/documents/" + letter.id() + "/handling/assign")
                        .with(asPrimary)
                        .with(csrf())
                        .param("lead", "unit:" + primary.organization().id()))
                .andExpect(status().isNotFound());
        assign(letter, "unit:" + secondary.organization().id(), null, null);
        mvc.perform(post("/documents/" + letter.id() + "/handling/assign")
                        .with(asSecondary)
                        .with(csrf())
                        .param("lead", "unit:" + primary.organization().id()))
                .andExpect(status().isForbidden());
        var elsewhere = units.school("Trường THCS Cò Nòi", "Tòng Văn Bình");
        assign(letter, "unit:" + elsewhere.organization().id(), null, null)
                .andExpect(flash().attribute("error", "Đơn vị không thuộc cơ quan này."));
    }

    @Test
    void aTypedDeadlineWinsAndDueAndOverdueDocumentsAreListedWithTheirUrgency() throws Exception {
        LocalDate today = LocalDate.now(clock);
        DocumentSummary urgent = letters.registered(
                office.organization().id(), "901", "Phòng chống bão lũ khẩn cấp", 3, today.plusDays(30), null);
        assign(urgent, "unit:" + primary.organization().id(), null, today.plusDays(1));
        Assignment assignment = assignments.find(urgent.id()).orElseThrow();
        assertThat(assignment.deadline()).isEqualTo(today.plusDays(1));
        assertThat(assignment.deadlineSource()).isEqualTo(DeadlineSource.ASSIGNMENT);
        DocumentSummary unassigned = letter("902", "Rà soát cơ sở vật chất trường học", today.plusDays(2));

        assertThat(page("/handling?view=due", asLeader))
                .contains(
                        "Phòng chống bão lũ khẩn cấp",
                        "Hỏa tốc",
                        "Rà soát cơ sở vật chất trường học",
                        "Chưa phân công");
        assertThat(page("/handling?view=overdue", asLeader)).doesNotContain("Phòng chống bão lũ khẩn cấp");

        clock.setTo(today.plusDays(4)
                .atTime(9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant());
        assertThat(page("/handling?view=overdue", asLeader))
                .contains("Phòng chống bão lũ khẩn cấp", "Rà soát cơ sở vật chất trường học", "Quá hạn");
        mvc.perform(post("/documents/" + urgent.id() + "/handling/deadline")
                        .with(asLeader)
                        .with(csrf())
                        .param("deadline", today.plusDays(10).toString()))
                .andExpect(flash().attribute("notice", "handling.rescheduled"));
        assertThat(page("/handling?view=overdue", asLeader))
                .doesNotContain("Phòng chống bão lũ khẩn cấp")
                .contains("Rà soát cơ sở vật chất trường học");
        assertThat(registry.find(unassigned.id()).orElseThrow().summary().status())
                .isEqualTo(DocumentStatus.REGISTERED);
    }

    @Test
    void printsTheFollowUpRegisterAndExportsIt() throws Exception {
        DocumentSummary letter = letter("231", "Triển khai chương trình giáo dục phổ thông 2018", null);
        assign(letter, "unit:" + primary.organization().id(), null, LocalDate.of(2030, 1, 15));
        assignments.complete(letter.id(), new Completion("07", "PGDĐT-GDTH", null), "test");
        int year = letter.registeredAt().getYear();
        assertThat(page("/handling/follow-up", asLeader))
                .contains(
                        "Sổ theo dõi giải quyết văn bản đến",
                        "Thời hạn giải quyết",
                        "Tiến độ giải quyết",
                        "Số, ký hiệu văn bản trả lời",
                        "Triển khai chương trình giáo dục phổ thông 2018",
                        "07/PGDĐT-GDTH",
                        "15/01/2030");
        byte[] pdf = mvc.perform(
                        get("/handling/follow-up/print.pdf?year=" + year).with(asLeader))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertThat(text)
                    .contains(
                            "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", "Năm " + year, "07/PGDĐT-GDTH", "Đơn vị hoặc người");
        }
        byte[] xlsx = mvc.perform(
                        get("/handling/follow-up/export.xlsx?year=" + year).with(asLeader))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Tiến độ giải quyết");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("07/PGDĐT-GDTH");
        }
    }

    @Test
    void theClerkRefusesAPendingLetterAndItTakesNoNumber() throws Exception {
        DocumentSummary pending = letters.pending(office.organization().id(), "77", "Văn bản gửi nhầm nơi", null);
        var asOffice = user(office.account().username()).roles("UNIT");
        assertThat(page("/documents/" + pending.id() + "/handling", asOffice)).contains("refuse-form");
        mvc.perform(post("/documents/" + pending.id() + "/handling/refuse")
                        .with(asLeader)
                        .with(csrf())
                        .param("reason", "Gửi nhầm"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/documents/" + pending.id() + "/handling/refuse")
                        .with(asOffice)
                        .with(csrf())
                        .param("reason", "Văn bản không thuộc thẩm quyền, gửi nhầm nơi nhận"))
                .andExpect(flash().attribute("notice", "handling.refused"));
        var details = registry.find(pending.id()).orElseThrow();
        assertThat(details.summary().status()).isEqualTo(DocumentStatus.REFUSED);
        assertThat(details.summary().registerNumber()).isNull();
        assertThat(details.history()).extracting(DocumentEvent::action).contains("REFUSED");
    }

    private DocumentSummary letter(String number, String subject, LocalDate due) {
        return letters.registered(office.organization().id(), number, subject, 0, due, null);
    }

    private org.springframework.test.web.servlet.ResultActions assign(
            DocumentSummary letter, String lead, String otherName, LocalDate deadline) throws Exception {
        var request = post("/documents/" + letter.id() + "/handling/assign")
                .with(asLeader)
                .with(csrf())
                .param("lead", lead)
                .param("cooperating", "unit:" + secondary.organization().id())
                .param("directive", "Giao Bộ phận Tiểu học chủ trì, báo cáo kết quả trước hạn.");
        if (otherName != null) {
            request.param("cooperatingNames", otherName);
        }
        if (deadline != null) {
            request.param("deadline", deadline.toString());
        }
        return mvc.perform(request);
    }

    private String page(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
