package vn.vanthu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.Letters;
import vn.vanthu.support.WebTest;

class DelegationAndHandoverTests extends WebTest {

    @Autowired
    Delegations delegations;

    @Autowired
    Handovers handovers;

    @Autowired
    DocumentRegistry registry;

    @Autowired
    BlobStore blobs;

    Letters letters;

    @BeforeEach
    void letters() {
        letters = new Letters(registry, blobs);
    }

    @Test
    void letsTheDelegateActForTheUnitAndRecordsWhoActedForWhom() throws Exception {
        EnrolledUnit school = units.school("Trường Tiểu học Tô Hiệu", "Quàng Thị Thu");
        MockHttpSession head = login(school.account().username(), units.activate(school.account()));
        var granted = mvc.perform(
                        post("/account/delegate").session(head).with(csrf()).param("fullName", "Đỗ Minh Đức"))
                .andExpect(status().isOk())
                .andReturn();
        Account unit = accounts.find(school.account().accountId()).orElseThrow();
        Account delegate = delegations.delegateOf(unit).orElseThrow();
        assertThat(delegate.username()).startsWith("dominhduc");
        assertThat(delegate.role()).isEqualTo(Role.DELEGATE);
        String password =
                ((IssuedCredentials) granted.getModelAndView().getModel().get("issued")).temporaryPassword();
        MockHttpSession deputy = login(
                delegate.username(),
                units.activate(new IssuedCredentials(delegate.id(), delegate.username(), password)));

        var letter = letters.pending(school.organization().id(), "15", "PGDĐT-GDTH", "Kế hoạch thi đua", "nội dung");
        mvc.perform(post("/incoming/pending/" + letter.id() + "/register")
                        .session(deputy)
                        .with(csrf())
                        .param("codeNumber", "15")
                        .param("codeNotation", "PGDĐT-GDTH")
                        .param("subject", "Kế hoạch thi đua"))
                .andExpect(redirectedUrl("/documents/" + letter.id()));
        var history = registry.find(letter.id()).orElseThrow().history();
        assertThat(history.get(history.size() - 1).actor())
                .isEqualTo(delegate.username() + " thay mặt " + unit.username());
        assertThatThrownBy(() -> delegations.grant(unit, "Người Thứ Hai", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void endsTheDelegatesSessionsWhenTheHeadRevokes() throws Exception {
        EnrolledUnit school = units.school("Trường Mầm non Hoa Mai", "Lò Thị Mai");
        Account unit = accounts.find(school.account().accountId()).orElseThrow();
        IssuedCredentials deputy = delegations.grant(unit, "Vì Văn Tùng", null);
        String password = units.activate(deputy);
        MockHttpSession session = login(deputy.username(), password);
        mvc.perform(get("/incoming").session(session)).andExpect(status().isOk());
        delegations.revoke(unit, unit.username());
        mvc.perform(get("/incoming").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login")
                        .param("username", deputy.username())
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void handsTheAccountToTheSuccessorAndShutsTheOldHeadOut() throws Exception {
        EnrolledUnit school = units.school("Trường THCS Chiềng Cơi", "Hoàng Văn Bình");
        String oldPassword = units.activate(school.account());
        Account unit = accounts.find(school.account().accountId()).orElseThrow();
        String deputyPassword = units.activate(delegations.grant(unit, "Tòng Thị Xuân", null));
        MockHttpSession oldSession = login(unit.username(), oldPassword);
        IssuedCredentials admin = units.staff(organizations.root().id(), "Quản Trị Bàn Giao", Role.ADMIN);
        MockHttpSession adminSession = login(admin.username(), units.activate(admin));

        var result = mvc.perform(post("/admin/accounts/" + unit.id() + "/handover")
                        .session(adminSession)
                        .with(csrf())
                        .param("successorName", "Lò Văn Hùng"))
                .andExpect(status().isOk())
                .andReturn();
        IssuedCredentials successor =
                (IssuedCredentials) result.getModelAndView().getModel().get("issued");

        assertThat(successor.accountId()).isEqualTo(unit.id());
        assertThat(successor.username()).startsWith("lovanhung");
        mvc.perform(get("/incoming").session(oldSession)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login")
                        .param("username", unit.username())
                        .param("password", oldPassword)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(delegations.delegateOf(accounts.find(unit.id()).orElseThrow()))
                .isEmpty();
        assertThat(accounts.findByUsername("tongthixuan")).map(Account::enabled).contains(false);
        mvc.perform(post("/login")
                        .param("username", successor.username())
                        .param("password", successor.temporaryPassword())
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(accounts.holders(unit.id())).containsExactly("Hoàng Văn Bình", "Lò Văn Hùng");
        assertThat(organizations.find(school.organization().id()).orElseThrow().headName())
                .isEqualTo("Lò Văn Hùng");
        assertThat(deputyPassword).isNotBlank();
    }

    @Test
    void letsOnlyTheAdministratorOrAClerkAboveTheUnitHandItOver() {
        var office = units.under(
                organizations.root().id(), "Phòng GD&ĐT Mai Sơn", "Trưởng Phòng Một", OrganizationKind.OFFICE);
        var otherOffice = units.under(
                organizations.root().id(), "Phòng GD&ĐT Yên Châu", "Trưởng Phòng Hai", OrganizationKind.OFFICE);
        var school = units.under(
                office.organization().id(), "Trường Tiểu học Hát Lót", "Cầm Thị Hoa", OrganizationKind.SCHOOL);
        Account clerk = accounts.find(units.staff(office.organization().id(), "Văn Thư Mai Sơn", Role.CLERK)
                        .accountId())
                .orElseThrow();
        Account otherClerk = accounts.find(
                        units.staff(otherOffice.organization().id(), "Văn Thư Yên Châu", Role.CLERK)
                                .accountId())
                .orElseThrow();
        Account schoolAccount = accounts.find(school.account().accountId()).orElseThrow();
        Account officeAccount = accounts.find(office.account().accountId()).orElseThrow();

        assertThatThrownBy(() -> handovers.handOver(otherClerk, schoolAccount.id(), "Người Mới", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handovers.handOver(schoolAccount, schoolAccount.id(), "Người Mới", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> handovers.handOver(clerk, officeAccount.id(), "Người Mới", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(handovers
                        .handOver(clerk, schoolAccount.id(), "Sầm Văn Mới", "x")
                        .username())
                .startsWith("samvanmoi");
    }

    @Test
    void keepsTheProfileOfThePerson() throws Exception {
        EnrolledUnit school = units.school("Trường THPT Tô Hiệu", "Lường Thị Hằng");
        MockHttpSession session = login(school.account().username(), units.activate(school.account()));
        mvc.perform(post("/account/profile")
                        .session(session)
                        .with(csrf())
                        .param("fullName", "Lường Thị Hằng")
                        .param("phone", "0912 345 678")
                        .param("email", "hang@tohieu.edu.vn"))
                .andExpect(redirectedUrl("/account/profile"));
        mvc.perform(get("/account/profile").session(session)).andExpect(status().isOk());
        Account account = accounts.find(school.account().accountId()).orElseThrow();
        assertThat(account.phone()).isEqualTo("0912 345 678");
        assertThat(account.email()).isEqualTo("hang@tohieu.edu.vn");
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
}
