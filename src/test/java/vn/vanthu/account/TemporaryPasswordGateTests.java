package vn.vanthu.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.vanthu.support.WebTest;

/** With {@code vanthu.account.temporary-password-blocks-api=true}, the API waits for the password change too. */
@TestPropertySource(properties = "vanthu.account.temporary-password-blocks-api=true")
class TemporaryPasswordGateTests extends WebTest {

    @Test
    void refusesTheApiWhileThePasswordIsTemporaryAndOpensItAfterTheChange() throws Exception {
        IssuedCredentials account =
                units.school("Trường Tiểu học Quyết Thắng", "Hà Thị Lan").account();
        mvc.perform(get("/api/documents").with(httpBasic(account.username(), account.temporaryPassword())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("password_change_required"))
                .andExpect(jsonPath("$.message").exists());
        mvc.perform(post("/api/account/password")
                        .with(httpBasic(account.username(), account.temporaryPassword()))
                        .contentType("application/json")
                        .content("{\"currentPassword\":\"" + account.temporaryPassword()
                                + "\",\"newPassword\":\"QuyetThang2026\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/documents").with(httpBasic(account.username(), "QuyetThang2026")))
                .andExpect(status().isOk());
    }
}
