package vn.vanthu.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationKind;

class EdxmlStatusTests {

    @Test
    void writesTheStatusPackageWithWhoAnswersWhatAndWhen() throws Exception {
        var school = new Organization(
                7L,
                1L,
                "Trường THCS Chiềng Lề",
                "THCSCL",
                OrganizationKind.SCHOOL,
                List.of("thcscl@sonla.edu.vn"),
                "000.01.02.H41",
                "Quàng Thị Thu");
        var office = new Organization(
                2L,
                null,
                "Phòng GD&ĐT Thành phố Sơn La",
                "PGD",
                OrganizationKind.OFFICE,
                List.of("pgd@sonla.edu.vn"),
                "000.00.10.H41",
                null);
        byte[] xml = EdxmlStatus.write(new EdxmlStatus.Report(
                school,
                office,
                "pgd@sonla.edu.vn",
                "291",
                "GD&ĐT",
                LocalDate.of(2017, 10, 4),
                "04",
                "Đã phân công xử lý",
                OffsetDateTime.of(2026, 11, 30, 1, 2, 3, 0, ZoneOffset.UTC),
                "Quàng Thị Thu",
                "thu@sonla.edu.vn",
                null));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("edXMLEnvelope");
        assertThat(text(document, "StatusCode")).isEqualTo("04");
        assertThat(text(document, "CodeNotation")).isEqualTo("GD&ĐT");
        assertThat(text(document, "DocumentId")).isEqualTo("000.00.10.H41,2017-10-04,291/GD&ĐT");
        assertThat(text(document, "Timestamp")).isEqualTo("2026-11-30T08:02:03+07:00");
        assertThat(text(document, "OrganName")).isEqualTo("Trường THCS Chiềng Lề");
        assertThat(text(document, "Department")).isEqualTo("Trường THCS Chiềng Lề");
        assertThat(document.getElementsByTagNameNS(vn.vanthu.extraction.EdxmlBuilder.NAMESPACE, "To")
                        .getLength())
                .isEqualTo(1);
    }

    private static String text(Document document, String name) {
        return document.getElementsByTagNameNS(vn.vanthu.extraction.EdxmlBuilder.NAMESPACE, name)
                .item(0)
                .getTextContent();
    }
}
