package vn.vanthu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vanthu.account.EnrolledUnit;
import vn.vanthu.account.Role;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.Letters;
import vn.vanthu.support.WebTest;

class IncomingPagesTests extends WebTest {

    @Autowired
    DocumentRegistry registry;

    @Autowired
    RegisterBook book;

    @Autowired
    BlobStore blobs;

    EnrolledUnit school;
    RequestPostProcessor asSchool;
    Letters letters;

    @BeforeEach
    void school() {
        letters = new Letters(registry, blobs);
        school = units.school("Trường Tiểu học Chiềng Lề", "Quàng Thị Thu");
        units.activate(school.account());
        asSchool = user(school.account().username()).roles("UNIT");
    }

    @Test
    void findsDocumentsByTheirTextNumberSymbolAndIssuer() throws Exception {
        long id = school.organization().id();
        letters.registered(id, "291", "GD&ĐT", "Triển khai thi giáo viên dạy giỏi", "tổ chức hội giảng cấp trường");
        letters.registered(id, "45", "UBND-VP", "Lịch công tác tuần", "họp giao ban sáng thứ hai");
        assertThat(page("/incoming?q=hội giảng"))
                .contains("Triển khai thi giáo viên dạy giỏi")
                .doesNotContain("Lịch công tác tuần");
        assertThat(page("/incoming?q=291/GD")).contains("Triển khai thi giáo viên dạy giỏi");
        assertThat(page("/incoming?q=LỊCH CÔNG")).contains("Lịch công tác tuần");
        // Typed without diacritics, or with other ones: the folded copies match.
        assertThat(page("/incoming?q=thi giao vien  day gioi"))
                .contains("Triển khai thi giáo viên dạy giỏi")
                .doesNotContain("Lịch công tác tuần");
        assertThat(page("/incoming?q=hoi giang")).contains("Triển khai thi giáo viên dạy giỏi");
        assertThat(page("/incoming?q=giao ban sang")).contains("Lịch công tác tuần");
        assertThat(page("/incoming?q=lich cong tac tuan")).contains("Lịch công tác tuần");
        assertThat(page("/incoming?number=45")).contains("Lịch công tác tuần").doesNotContain("dạy giỏi");
        assertThat(page("/incoming?issuer=phòng giáo dục&status=REGISTERED")).contains("Lịch công tác tuần");
        assertThat(page("/incoming?status=PENDING")).doesNotContain("Lịch công tác tuần");
        assertThat(page("/incoming?from=2000-01-01&to=2000-01-31")).doesNotContain("Lịch công tác tuần");
    }

    @Test
    void registersAPendingLetterWithTheClerksCorrections() throws Exception {
        var letter = letters.pending(school.organization().id(), "7", "PGD", "Tập huấn", "nội dung tập huấn");
        assertThat(page("/incoming/pending")).contains("Tập huấn");
        assertThat(page("/incoming/pending/" + letter.id())).contains("<iframe", "/inline", "Người gửi chưa có");
        mvc.perform(post("/incoming/pending/" + letter.id() + "/register")
                        .with(asSchool)
                        .with(csrf())
                        .param("codeNumber", "07")
                        .param("codeNotation", "PGDĐT-GDTH")
                        .param("subject", "Tập huấn chuyên môn")
                        .param("promulgationDate", "2026-11-03")
                        .param("priority", "1"))
                .andExpect(redirectedUrl("/documents/" + letter.id()));
        var registered = registry.find(letter.id()).orElseThrow();
        assertThat(registered.summary().status()).isEqualTo(DocumentStatus.REGISTERED);
        assertThat(registered.summary().registerNumber()).isNotNull();
        assertThat(registered.metadata().codeNotation()).isEqualTo("PGDĐT-GDTH");
        assertThat(registered.metadata().subject()).isEqualTo("Tập huấn chuyên môn");
        assertThat(registered.metadata().priority()).isEqualTo(1);
        assertThat(registered.history())
                .extracting(DocumentEvent::actor)
                .contains(school.account().username());
        assertThat(page("/incoming/pending/" + letter.id() + "")).isEmpty();
    }

    @Test
    void showsTheDocumentWithItsFilesTheOriginalMailAndHistory() throws Exception {
        var letter = letters.registered(school.organization().id(), "12", "SGDĐT-VP", "Kế hoạch năm học", "văn bản");
        var details = registry.find(letter.id()).orElseThrow();
        assertThat(page("/documents/" + letter.id()))
                .contains("Kế hoạch năm học", "thu-goc.eml", "Thư gốc (.eml)", "Vào sổ", "Nguyễn Văn Đông", "<iframe");
        long pdf = details.files().get(0).id();
        long mail = details.files().get(1).id();
        mvc.perform(get("/documents/" + letter.id() + "/files/" + pdf + "/inline")
                        .with(asSchool))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
        mvc.perform(get("/documents/" + letter.id() + "/files/" + mail + "/inline")
                        .with(asSchool))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    }

    @Test
    void hidesOtherUnitsDocumentsAndBooks() throws Exception {
        var other = units.school("Trường Tiểu học Khác", "Người Khác");
        var letter = letters.registered(other.organization().id(), "3", "X", "Văn bản của trường khác", "x");
        mvc.perform(get("/documents/" + letter.id()).with(asSchool)).andExpect(status().isNotFound());
        mvc.perform(get("/incoming?organizationId=" + other.organization().id()).with(asSchool))
                .andExpect(status().isForbidden());
        var pending = letters.pending(school.organization().id(), "4", "X", "Chờ", "x");
        var leader = units.staff(school.organization().id(), "Lãnh Đạo Trường", Role.LEADER);
        units.activate(leader);
        mvc.perform(post("/incoming/pending/" + pending.id() + "/register")
                        .with(user(leader.username()).roles("LEADER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void printsTheRegisterWithItsTitlePageAndExportsItToExcel() throws Exception {
        letters.registered(school.organization().id(), "88", "PGDĐT-TCCB", "Báo cáo đội ngũ nhà giáo", "x");
        Register register = book.registers(school.organization().id()).get(0);
        assertThat(page("/registers")).contains("Sổ đăng ký văn bản đến");
        assertThat(page("/registers/" + register.id())).contains("Báo cáo đội ngũ nhà giáo", "Tác giả", "Số đến");
        byte[] pdf = mvc.perform(
                        get("/registers/" + register.id() + "/print.pdf").with(asSchool))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(document);
            assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC))
                    .as(text)
                    .contains(
                            "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
                            "Năm ",
                            "TRƯỜNG TIỂU HỌC CHIỀNG LỀ",
                            "Báo cáo đội ngũ",
                            "88/PGDĐT-TCCB",
                            "Tác giả");
        }
        byte[] xlsx = mvc.perform(
                        get("/registers/" + register.id() + "/export.xlsx").with(asSchool))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Ngày đến");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("88/PGDĐT-TCCB");
        }
    }

    @Test
    void offersANewOutgoingDocumentAndShowsTheBoardOfOne() throws Exception {
        assertThat(page("/outgoing")).contains("new-outgoing", "Tạo văn bản đi");
        assertThat(page("/outgoing/new")).contains("upload-form", "reserve-form");
        var letter = letters.registered(school.organization().id(), "1", "X", "Một văn bản", "x");
        assertThat(page("/documents/" + letter.id() + "/distribution"))
                .contains("deliveries-table", "Theo dõi phát hành");
    }

    @Test
    void switchesToEnglish() throws Exception {
        assertThat(page("/incoming?lang=en")).contains("Incoming documents");
        assertThat(page("/incoming")).contains("Văn bản đến");
    }

    private String page(String path) throws Exception {
        var response = mvc.perform(get(path).with(asSchool)).andReturn().getResponse();
        if (response.getStatus() == 302) {
            return "";
        }
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
