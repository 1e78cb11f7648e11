package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestMail;
import vn.vanthu.support.WebTest;

/** The administrator adds a mailbox from the web: only one VanThu can log in to, and it is polled at once. */
class MailboxAdministrationTests extends WebTest {

    static final String SENDER = "vanthu@so-gddt.example.vn";

    @Autowired
    JdbcClient jdbc;

    @Value("${vanthu.mail.embedded-smtp-port}")
    int smtp;

    @Value("${vanthu.mail.embedded-imap-port}")
    int imap;

    RequestPostProcessor admin;

    @BeforeEach
    void admin() {
        IssuedCredentials credentials = units.staff(organizations.root().id(), "Quản Trị Hộp Thư", Role.ADMIN);
        units.activate(credentials);
        admin = user(credentials.username()).roles("ADMIN");
        if (organizations.findByEmail(SENDER).isEmpty()) {
            organizations.create(new NewOrganization(
                    null, "Sở Giáo dục và Đào tạo", "SGDDT", OrganizationKind.OFFICE, List.of(SENDER), null, null));
        }
    }

    @Test
    void addsAMailboxItCanLogInToAndTakesItsMailAtOnce() throws Exception {
        String id = "hc-" + UUID.randomUUID().toString().substring(0, 6);
        String address = id + "@phong.example.vn";
        // The embedded server makes a mailbox on first delivery, with the address as its password.
        TestMail.to(smtp, SENDER, address, "Thư mở hộp").send();

        String html = page(add(id, address, address));
        assertThat(html).contains("Đã thêm hộp thư " + id, "Đăng nhập được " + address, "Thêm trên web");
        String sealed = jdbc.sql("SELECT sealed_password FROM mailbox_account WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(sealed).doesNotContain(address);

        byte[] pdf = LetterPdf.letter().number("88", "SGDĐT-VP").toBytes();
        TestMail.to(smtp, SENDER, address, "Công văn 88 " + id)
                .attach("cv88.pdf", "application/pdf", pdf)
                .send();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM inbound_message WHERE mailbox = ? AND subject LIKE ?"
                                        + " AND status = 'PROCESSED'")
                                .params(id, "%Công văn 88%")
                                .query(Integer.class)
                                .single()
                        == 1);
    }

    @Test
    void refusesAMailboxItCannotLogInToAndKeepsNothing() throws Exception {
        String id = "sai-" + UUID.randomUUID().toString().substring(0, 6);
        String address = id + "@phong.example.vn";
        TestMail.to(smtp, SENDER, address, "Thư mở hộp").send();

        String html = page(add(id, address, "mat-khau-sai"));
        assertThat(html).contains("Không kết nối được", "Chưa thêm hộp thư").doesNotContain("Đã thêm hộp thư");
        assertThat(html).contains("value=\"" + address + "\"").doesNotContain("mat-khau-sai");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mailbox_account WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesASecondMailboxWithATakenIdOrAnInvalidOne() throws Exception {
        assertThat(page(add("embedded", "x@localhost", "x@localhost"))).contains("Đã có hộp thư mã embedded");
        assertThat(page(add("Hộp Thư", "x@localhost", "x@localhost"))).contains("Mã hộp thư phải gồm chữ thường");
    }

    @Test
    void letsOnlyTheAdministratorAddMailboxes() throws Exception {
        IssuedCredentials clerk = units.staff(organizations.root().id(), "Văn Thư Hộp Thư", Role.CLERK);
        units.activate(clerk);
        mvc.perform(add("khac", "x@localhost", "x@localhost")
                        .with(user(clerk.username()).roles("CLERK")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder add(String id, String username, String password) {
        return post("/admin/mailboxes")
                .with(csrf())
                .param("id", id)
                .param("protocol", "imap")
                .param("host", "127.0.0.1")
                .param("port", Integer.toString(imap))
                .param("username", username)
                .param("password", password)
                .param("folders", "INBOX")
                .param("pollSeconds", "1");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
