package vn.vanthu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.vanthu.directory.OrganizationKind;
import vn.vanthu.support.Units;
import vn.vanthu.support.WebTest;

class UnitImportTests extends WebTest {

    EnrolledUnit office;
    String clerk;

    @BeforeEach
    void office() {
        office = units.under(
                organizations.root().id(), "Phòng GD&ĐT Sông Mã", "Trưởng Phòng Bốn", OrganizationKind.OFFICE);
        IssuedCredentials credentials = units.staff(office.organization().id(), "Văn Thư Sông Mã", Role.CLERK);
        units.activate(credentials);
        clerk = credentials.username();
    }

    @Test
    void importsEveryUnitOfACsvListWithTheirAccounts() throws Exception {
        String a = Units.code("SM");
        String b = Units.code("SM");
        String csv = "\uFEFFTên đơn vị;Mã đơn vị;Thư điện tử;Thủ trưởng;Loại;Mã định danh;Mã cấp trên\r\n"
                + "\"Trường Tiểu học Nà Nghịu; điểm chính\";" + a
                + ";c1nanghiu@sonla.edu.vn;Lò Văn Sơn;Trường;000.00.31.H41;\r\n"
                + "Điểm trường Bản Lầu;" + b + ";;Quàng Văn Đạt;;;" + a + "\r\n";
        var result = upload("danh-sach.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result).contains("credentials-table", "lovanson", "quangvandat");
        var first = organizations.findByCode(a).orElseThrow();
        assertThat(first.name()).isEqualTo("Trường Tiểu học Nà Nghịu; điểm chính");
        assertThat(first.organId()).isEqualTo("000.00.31.H41");
        assertThat(first.parentId()).isEqualTo(office.organization().id());
        assertThat(organizations.findByCode(b).orElseThrow().parentId()).isEqualTo(first.id());
    }

    @Test
    void importsNothingWhenAnyRowIsWrongAndSaysWhichRows() throws Exception {
        String good = Units.code("OK");
        String csv = "name,code,email,headName,organId\n"
                + "Trường Tốt," + good + ",tot@sonla.edu.vn,Người Tốt,\n"
                + "Trường Sai OrganId," + Units.code("X") + ",sai@sonla.edu.vn,Người Sai,H41\n"
                + "Trường Trùng Mã," + good + ",trung@sonla.edu.vn,Người Trùng,\n"
                + "Trường Thiếu Thủ Trưởng," + Units.code("Y") + ",thieu@sonla.edu.vn,,\n";
        var result = upload("list.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result).contains("import-errors", "OrganId", "Mã đơn vị đã được dùng", "Thiếu họ và tên thủ trưởng");
        assertThat(organizations.findByCode(good)).isEmpty();
    }

    @Test
    void importsAnExcelList() throws Exception {
        String code = Units.code("XL");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Đơn vị");
            String[][] rows = {
                {"Tên đơn vị", "Mã", "Email", "Hiệu trưởng"},
                {"Trường THCS Chiềng Khoong", code, "thcs.chiengkhoong@sonla.edu.vn", "Đèo Văn Long"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        assertThat(upload("danh-sach.xlsx", out.toByteArray())).contains("deovanlong");
        assertThat(organizations.findByCode(code).orElseThrow().emails())
                .containsExactly("thcs.chiengkhoong@sonla.edu.vn");
    }

    private String upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/admin/organizations/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("parentId", Long.toString(office.organization().id()))
                        .with(user(clerk).roles("CLERK"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
