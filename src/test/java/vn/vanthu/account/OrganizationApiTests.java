package vn.vanthu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.support.Units;
import vn.vanthu.support.WebTest;

class OrganizationApiTests extends WebTest {

    EnrolledUnit office;
    String clerk;
    String clerkPassword;

    @BeforeEach
    void office() {
        office = units.under(
                organizations.root().id(),
                "Phòng Giáo dục và Đào tạo Thuận Châu",
                "Trưởng Phòng Ba",
                OrganizationKind.OFFICE);
        IssuedCredentials credentials = units.staff(office.organization().id(), "Văn Thư Thuận Châu", Role.CLERK);
        clerk = credentials.username();
        clerkPassword = units.activate(credentials);
    }

    @Test
    void createsAUnitUnderTheCallersOrganizationWithAnAccountNamedAfterItsHead() throws Exception {
        String code = Units.code("THTC");
        var result = mvc.perform(json(
                                post("/api/organizations"),
                                "{\"name\":\"Trường Tiểu học Tông Lệnh\",\"code\":\"" + code
                                        + "\",\"email\":\"C1TongLenh@SonLa.edu.vn\",\"headName\":\"Quàng Thị Thu\"}")
                        .with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.name").value("Trường Tiểu học Tông Lệnh"))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.email").value("c1tonglenh@sonla.edu.vn"))
                .andExpect(jsonPath("$.account.username").value(org.hamcrest.Matchers.startsWith("quangthithu")))
                .andExpect(jsonPath("$.account.temporaryPassword").isString())
                .andReturn();
        String body = result.getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(organizations.find(id).orElseThrow().parentId())
                .isEqualTo(office.organization().id());
        String username = body.replaceAll(".*\"username\":\"([^\"]+)\".*", "$1");
        Account account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.UNIT);
        assertThat(account.passwordTemporary()).isTrue();
        assertThat(account.organizationId()).isEqualTo(id);
    }

    @Test
    void refusesUnitsOutsideWhereTheCallerMayManage() throws Exception {
        var school = units.under(
                office.organization().id(), "Trường THCS Phổng Lái", "Lò Văn Mạnh", OrganizationKind.SCHOOL);
        String schoolPassword = units.activate(school.account());
        mvc.perform(json(post("/api/organizations"), unit(Units.code("A"), null))
                        .with(httpBasic(school.account().username(), schoolPassword)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(json(
                                post("/api/organizations"),
                                unit(Units.code("B"), organizations.root().id()))
                        .with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                                post("/api/organizations"),
                                unit(Units.code("C"), school.organization().id()))
                        .with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isCreated());
    }

    @Test
    void answersBadInputWithTheContractsErrorBody() throws Exception {
        String code = Units.code("D");
        mvc.perform(json(post("/api/organizations"), unit(code, null)).with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isCreated());
        mvc.perform(json(post("/api/organizations"), unit(code, null)).with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"));
        mvc.perform(json(
                                post("/api/organizations"),
                                "{\"name\":\"Thiếu mã\",\"email\":\"a@b.vn\",\"headName\":\"X Y\"}")
                        .with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"))
                .andExpect(jsonPath("$.message").isString());
        mvc.perform(json(
                                post("/api/organizations"),
                                "{\"name\":\"Sai\",\"code\":\"" + Units.code("E")
                                        + "\",\"email\":\"a@b.vn\",\"headName\":\"X Y\",\"organId\":\"H41\"}")
                        .with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/organizations"), "{nope").with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listsOnlyTheUnitsTheCallerMaySee() throws Exception {
        var school = units.under(
                office.organization().id(), "Trường Mầm non Bon Phặng", "Cà Thị Hương", OrganizationKind.SCHOOL);
        var elsewhere = units.school("Trường Tiểu học Ngoài Phòng", "Người Ngoài");
        mvc.perform(get("/api/organizations").with(httpBasic(clerk, clerkPassword)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id")
                        .value(hasItem((int) school.organization().id())))
                .andExpect(jsonPath("$[*].id")
                        .value(hasItem((int) office.organization().id())))
                .andExpect(jsonPath("$[*].id")
                        .value(not(hasItem((int) elsewhere.organization().id()))))
                .andExpect(jsonPath("$[0].parentId").exists())
                .andExpect(jsonPath("$[0].email").exists());
        String schoolPassword = units.activate(school.account());
        mvc.perform(get("/api/organizations").with(httpBasic(school.account().username(), schoolPassword)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value(school.organization().code()));
    }

    private static String unit(String code, Long parentId) {
        return "{\"name\":\"Đơn vị " + code + "\",\"code\":\"" + code + "\",\"email\":\"" + code.toLowerCase()
                + "@sonla.edu.vn\",\"headName\":\"Đinh Văn Bộ\"" + (parentId == null ? "" : ",\"parentId\":" + parentId)
                + "}";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType("application/json").content(body);
    }
}
