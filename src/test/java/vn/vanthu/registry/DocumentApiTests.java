package vn.vanthu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.NewAccount;
import vn.vanthu.account.Role;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.support.IntegrationTest;

/** {@code GET /api/documents…} as the outside contract fixes it. */
class DocumentApiTests extends IntegrationTest {

    static final String PASSWORD = "MatKhau2026abc";

    @LocalServerPort
    int port;

    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    DocumentRegistry registry;

    Organization school;
    Organization otherSchool;
    String user;
    String otherUser;

    @BeforeEach
    void schoolsWithAccounts() {
        long stamp = System.nanoTime();
        school = school("API-A" + stamp);
        otherSchool = school("API-B" + stamp);
        user = "truonga" + stamp;
        otherUser = "truongb" + stamp;
        accounts.create(new NewAccount(user, PASSWORD, false, "Lò Văn Hải", null, school.id(), Role.UNIT));
        accounts.create(new NewAccount(otherUser, PASSWORD, false, "Cầm Thị Mai", null, otherSchool.id(), Role.UNIT));
    }

    @Test
    void listsTheCallersIncomingRegisterNewestFirstWithTheContractsKeys() {
        registry.receive(letter(school, "12", true));
        registry.receive(letter(school, "13", true));
        List<Map<String, Object>> lines = client(user)
                .get()
                .uri("/api/documents?direction=INCOMING")
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .containsOnlyKeys(
                        "id",
                        "direction",
                        "registerNumber",
                        "registeredAt",
                        "codeNumber",
                        "codeNotation",
                        "documentType",
                        "subject",
                        "organization",
                        "promulgationDate",
                        "status")
                .containsEntry("direction", "INCOMING")
                .containsEntry("registerNumber", 2)
                .containsEntry("codeNumber", "13")
                .containsEntry("codeNotation", "SGDĐT-VP")
                .containsEntry("documentType", "Công văn")
                .containsEntry("organization", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
                .containsEntry("promulgationDate", "2026-11-20")
                .containsEntry("status", "REGISTERED");
        assertThat(lines.get(1)).containsEntry("registerNumber", 1);
    }

    @Test
    void showsOneDocumentWithItsMetadataFilesAndHistory() {
        DocumentSummary letter = registry.receive(letter(school, "14", false));
        Map<String, Object> document = client(user)
                .get()
                .uri("/api/documents/" + letter.id())
                .retrieve()
                .body(new ParameterizedTypeReference<>() {});
        assertThat(document)
                .containsKeys(
                        "documentType",
                        "codeNumber",
                        "codeNotation",
                        "promulgationPlace",
                        "promulgationDate",
                        "organization",
                        "parentOrganization",
                        "subject",
                        "toPlaces",
                        "distribution",
                        "signer",
                        "priority",
                        "confidentiality",
                        "dueDate",
                        "attachments",
                        "history")
                .containsEntry("status", "PENDING")
                .containsEntry("registerNumber", null)
                .containsEntry("toPlaces", List.of("Các trường trực thuộc"))
                .containsEntry(
                        "signer",
                        Map.of("competence", "KT. GIÁM ĐỐC", "position", "PHÓ GIÁM ĐỐC", "fullName", "Nguyễn Văn An"));
        assertThat((List<?>) document.get("history")).hasSize(2);
    }

    @Test
    void hidesOtherOrganizationsDocuments() {
        DocumentSummary letter = registry.receive(letter(school, "15", true));
        HttpStatusCode status = client(otherUser)
                .get()
                .uri("/api/documents/" + letter.id())
                .exchange((request, response) -> response.getStatusCode());
        assertThat(status.value()).isEqualTo(404);
        String forbidden = client(otherUser)
                .get()
                .uri("/api/documents?organizationId=" + school.id())
                .exchange((request, response) -> response.getStatusCode().value() + " "
                        + new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(forbidden).startsWith("403 ").contains("\"error\"", "\"message\"");
    }

    @Test
    void asksForCredentialsWithAJsonError() {
        String answer = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/documents")
                .exchange((request, response) -> response.getStatusCode().value() + " "
                        + new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer).startsWith("401 ").contains("\"error\":\"unauthorized\"");
    }

    private RestClient client(String username) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth(username, PASSWORD))
                .build();
    }

    private Organization school(String code) {
        return organizations.create(new NewOrganization(
                organizations.root().id(),
                "Trường Tiểu học " + code,
                code,
                OrganizationKind.SCHOOL,
                List.of(),
                null,
                null));
    }

    private static NewIncomingDocument letter(Organization receiver, String number, boolean register) {
        var metadata = new DocumentMetadata(
                "Công văn",
                number,
                "SGDĐT-VP",
                "Sơn La",
                LocalDate.of(2026, 11, 20),
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "UBND TỈNH SƠN LA",
                "về việc triển khai năm học",
                List.of("Các trường trực thuộc"),
                List.of("Như trên", "Lưu: VT"),
                new SignerInfo("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
                0,
                null,
                null,
                Map.of("codeNumber", 0.95));
        return new NewIncomingDocument(
                receiver.id(),
                metadata,
                "",
                List.of(),
                register,
                register ? null : "Chờ kiểm tra",
                "vanphong@sogd.vn",
                "test",
                null,
                null,
                null,
                false);
    }
}
