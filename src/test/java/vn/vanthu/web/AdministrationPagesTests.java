package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.Role;
import vn.vanthu.directory.OrganizationGroups;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.support.Units;
import vn.vanthu.support.WebTest;

class AdministrationPagesTests extends WebTest {

    @Autowired
    OrganizationGroups groups;

    RequestPostProcessor admin;

    @BeforeEach
    void admin() {
        IssuedCredentials credentials = units.staff(organizations.root().id(), "Quản Trị Trang", Role.ADMIN);
        units.activate(credentials);
        admin = user(credentials.username()).roles("ADMIN");
    }

    @Test
    void showsEveryAdministrationPageToTheAdministrator() throws Exception {
        for (String page : new String[] {
            "/admin/organizations",
            "/admin/organizations/import",
            "/admin/groups",
            "/admin/accounts",
            "/admin/audit",
            "/admin/mailboxes",
            "/admin/settings",
            "/admin/quarantine"
        }) {
            String html = mvc.perform(get(page).with(admin))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page).contains("<main>", "VanThu");
        }
    }

    @Test
    void testsTheMailboxAndSmtpConnectionsFromTheMailboxPage() throws Exception {
        String html = mvc.perform(post("/admin/mailboxes/test").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("connection-results", "embedded: kết nối được", "SMTP: kết nối được")
                .containsPattern("Thư mục INBOX: \\d+ thư.")
                .doesNotContain("không kết nối được");
    }

    @Test
    void keepsAdministrationFromUnitsAndSystemPagesFromClerks() throws Exception {
        var school = units.school("Trường THCS Nguyễn Trãi", "Phạm Văn Trãi");
        units.activate(school.account());
        var asSchool = user(school.account().username()).roles("UNIT");
        mvc.perform(get("/admin/organizations").with(asSchool)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(asSchool)).andExpect(status().isForbidden());
        IssuedCredentials clerk = units.staff(organizations.root().id(), "Văn Thư Sở", Role.CLERK);
        units.activate(clerk);
        var asClerk = user(clerk.username()).roles("CLERK");
        mvc.perform(get("/admin/organizations").with(asClerk)).andExpect(status().isOk());
        for (String page : new String[] {"/admin/audit", "/admin/settings", "/admin/mailboxes", "/admin/quarantine"}) {
            mvc.perform(get(page).with(asClerk)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/mailboxes/test").with(asClerk).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void addsAUnitFromTheFormAndShowsItsCredentialsOnce() throws Exception {
        String code = Units.code("F");
        String html = mvc.perform(post("/admin/organizations")
                        .with(admin)
                        .with(csrf())
                        .param("parentId", Long.toString(organizations.root().id()))
                        .param("name", "Trường Mầm non Tuổi Thơ")
                        .param("code", code)
                        .param("emails", "mntuoitho@sonla.edu.vn, vanthu.mntuoitho@sonla.edu.vn")
                        .param("headName", "Trần Thị Ngọc")
                        .param("kind", "SCHOOL")
                        .param("organId", "000.00.31.H42"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("credentials-table", "tranthingoc");
        var unit = organizations.findByCode(code).orElseThrow();
        assertThat(unit.emails()).containsExactly("mntuoitho@sonla.edu.vn", "vanthu.mntuoitho@sonla.edu.vn");
        assertThat(unit.organId()).isEqualTo("000.00.31.H42");
    }

    @Test
    void groupsUnitsFromTheGroupsPage() throws Exception {
        var a = units.under(
                organizations.root().id(), "Trường Tiểu học Lê Quý Đôn", "Hiệu Trưởng A", OrganizationKind.SCHOOL);
        var b = units.under(
                organizations.root().id(), "Trường Tiểu học Kim Đồng", "Hiệu Trưởng B", OrganizationKind.SCHOOL);
        String name = "Các trường tiểu học " + Units.code("N");
        mvc.perform(post("/admin/groups").with(admin).with(csrf()).param("name", name))
                .andExpect(status().is3xxRedirection());
        var group = groups.ownedBy(organizations.root().id()).stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/admin/groups/" + group.id() + "/members")
                        .with(admin)
                        .with(csrf())
                        .param("member", Long.toString(a.organization().id()))
                        .param("member", Long.toString(b.organization().id())))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.find(group.id()).orElseThrow().memberIds())
                .containsExactlyInAnyOrder(
                        a.organization().id(), b.organization().id());
    }
}
