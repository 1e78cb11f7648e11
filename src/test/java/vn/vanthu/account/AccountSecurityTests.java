package vn.vanthu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.client.RestClient;
import vn.vanthu.support.WebTest;

class AccountSecurityTests extends WebTest {

    @LocalServerPort
    int port;

    @Test
    void sendsFirstLoginWithTemporaryPasswordToPasswordChange() throws Exception {
        var school = units.school("Trường Tiểu học Chiềng Lề", "Quàng Thị Thu");
        IssuedCredentials account = school.account();
        assertThat(account.username()).startsWith("quangthithu");
        var login = mvc.perform(post("/login")
                        .param("username", account.username())
                        .param("password", account.temporaryPassword())
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(authenticated())
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/incoming").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/organizations").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
    }

    @Test
    void acceptsTheTemporaryPasswordOnTheApiAsTheContractSaysAndChangesItThere() throws Exception {
        IssuedCredentials account =
                units.school("Trường Mầm non Hoa Ban", "Lò Văn Đức").account();
        assertThat(account.username()).startsWith("lovanduc");
        mvc.perform(get("/api/documents").with(httpBasic(account.username(), account.temporaryPassword())))
                .andExpect(status().isOk());
        mvc.perform(post("/api/account/password")
                        .with(httpBasic(account.username(), account.temporaryPassword()))
                        .contentType("application/json")
                        .content("{\"currentPassword\":\"" + account.temporaryPassword()
                                + "\",\"newPassword\":\"HoaBan2026x\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/documents").with(httpBasic(account.username(), account.temporaryPassword())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/documents").with(httpBasic(account.username(), "HoaBan2026x")))
                .andExpect(status().isOk());
    }

    @Test
    void rejectsPasswordsThatBreakTheRules() throws Exception {
        IssuedCredentials account =
                units.school("Trường THCS Tô Hiệu", "Cầm Văn Hùng").account();
        MockHttpSession session = login(account.username(), account.temporaryPassword());
        for (String weak :
                new String[] {"ngan1", "chikhongcoso", account.username() + "123", account.temporaryPassword()}) {
            mvc.perform(post("/account/password")
                            .session(session)
                            .with(csrf())
                            .param("currentPassword", account.temporaryPassword())
                            .param("newPassword", weak)
                            .param("confirmPassword", weak))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("password-problems")));
        }
        assertThat(accounts.find(account.accountId()).orElseThrow().passwordTemporary())
                .isTrue();
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", account.temporaryPassword())
                        .param("newPassword", "ToHieu2026abc")
                        .param("confirmPassword", "ToHieu2026abc"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/incoming").session(session)).andExpect(status().isOk());
    }

    @Test
    void locksAccountForFifteenMinutesAfterSixWrongPasswords() throws Exception {
        IssuedCredentials account =
                units.school("Trường THPT Chu Văn Thịnh", "Hà Thị Lan").account();
        String password = units.activate(account);
        clock.setTo(Instant.now());
        for (int i = 0; i < 5; i++) {
            wrongLogin(account.username()).andExpect(redirectedUrl("/login?error"));
        }
        wrongLogin(account.username()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login")
                        .param("username", account.username())
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
        mvc.perform(get("/api/documents").with(httpBasic(account.username(), password)))
                .andExpect(status().isUnauthorized());
        clock.advance(Duration.ofMinutes(16));
        login(account.username(), password);
        assertThat(auditActions(account.accountId()))
                .contains("LOGIN_FAILED", "LOCKED", "LOGIN_REFUSED_LOCKED", "LOGIN");
    }

    @Test
    void countsOnlyWrongPasswordsInARow() throws Exception {
        IssuedCredentials account =
                units.school("Trường Tiểu học Quyết Thắng", "Lường Văn Nam").account();
        String password = units.activate(account);
        for (int i = 0; i < 5; i++) {
            wrongLogin(account.username());
        }
        login(account.username(), password);
        wrongLogin(account.username()).andExpect(redirectedUrl("/login?error"));
        login(account.username(), password);
    }

    @Test
    void refusesFormsWithoutCsrfToken() throws Exception {
        IssuedCredentials account =
                units.school("Trường Mầm non Sơn Ca", "Điêu Thị Hoa").account();
        assertThat(account.username()).startsWith("dieuthihoa");
        mvc.perform(post("/login").param("username", account.username()).param("password", account.temporaryPassword()))
                .andExpect(status().isForbidden());
    }

    @Test
    void setsHttpOnlyLaxSessionCookieOnLogin() {
        var response = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/login")
                .retrieve()
                .toEntity(String.class);
        String cookie = response.getHeaders().getFirst("Set-Cookie");
        assertThat(cookie).contains("JSESSIONID", "HttpOnly", "SameSite=Lax");
        assertThat(response.getBody()).contains("Đăng nhập", "_csrf");
    }

    @Test
    void showsTheAuditLogToTheAdministratorOnly() throws Exception {
        IssuedCredentials account =
                units.school("Trường THCS Chiềng Sinh", "Bạc Cầm Thanh").account();
        String password = units.activate(account);
        MockHttpSession school = login(account.username(), password);
        mvc.perform(get("/admin/audit").session(school)).andExpect(status().isForbidden());
        IssuedCredentials admin = units.staff(organizations.root().id(), "Nguyễn Quản Trị", Role.ADMIN);
        MockHttpSession adminSession = login(admin.username(), units.activate(admin));
        mvc.perform(get("/admin/audit").session(adminSession))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(account.username())));
    }

    private org.springframework.test.web.servlet.ResultActions wrongLogin(String username) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", "SaiMatKhau99")
                .with(csrf()));
    }

    private MockHttpSession login(String username, String password) throws Exception {
        var result = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(authenticated())
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private java.util.List<String> auditActions(long accountId) {
        return context.getBean(AuditLog.class).recent(accountId, null, 100).stream()
                .map(AuditEntry::action)
                .toList();
    }
}
