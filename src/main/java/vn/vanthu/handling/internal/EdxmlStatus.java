package vn.vanthu.handling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.w3c.dom.Element;
import vn.vanthu.VanThuApplication;
import vn.vanthu.directory.Organization;
import vn.vanthu.extraction.EdxmlBuilder;

/**
 * Writes the edXML status package (QCVN 102:2016/BTTTT, gói tin trạng thái) a recipient sends back to the sender of
 * a document: who reports (From), to whom (To), which document it answers (ResponseFor: OrganId, Code,
 * PromulgationDate, DocumentId), the StatusCode with its Description and Timestamp, and the staff who acted.
 */
final class EdxmlStatus {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /**
     * One status report.
     *
     * @param from the organization reporting (the recipient of the document)
     * @param to the organization that sent the document, or {@code null} when only its address is known
     * @param toEmail the sender's address
     * @param codeNumber the document's number
     * @param codeNotation the document's symbol
     * @param promulgationDate the document's date
     * @param statusCode the edXML status code (02, 04, 05, 06)
     * @param description what happened, in Vietnamese
     * @param at when
     * @param staffName who acted
     * @param staffEmail the staff member's address, or {@code null}
     * @param staffPhone the staff member's phone, or {@code null}
     */
    record Report(
            Organization from,
            Organization to,
            String toEmail,
            String codeNumber,
            String codeNotation,
            LocalDate promulgationDate,
            String statusCode,
            String description,
            OffsetDateTime at,
            String staffName,
            String staffEmail,
            String staffPhone) {}

    private EdxmlStatus() {}

    static byte[] write(Report r) {
        EdxmlBuilder xml = new EdxmlBuilder();
        Element envelope = xml.root("edXMLEnvelope");
        Element status = xml.element(xml.element(envelope, "edXMLHeader"), "Status");
        Element from = xml.element(status, "From");
        organization(xml, from, r.from(), r.from().primaryEmail());
        Element to = xml.element(status, "To");
        organization(xml, to, r.to(), r.toEmail());
        Element response = xml.element(status, "ResponseFor");
        xml.text(response, "OrganId", r.to() == null ? null : r.to().organId());
        Element code = xml.element(response, "Code");
        xml.text(code, "CodeNumber", r.codeNumber());
        xml.text(code, "CodeNotation", r.codeNotation());
        Element promulgation = xml.element(response, "PromulgationInfo");
        xml.text(
                promulgation,
                "PromulgationDate",
                r.promulgationDate() == null ? null : r.promulgationDate().toString());
        xml.text(response, "DocumentId", documentId(r));
        xml.text(status, "StatusCode", r.statusCode());
        xml.text(status, "Description", r.description());
        xml.text(
                status,
                "Timestamp",
                r.at().atZoneSameInstant(VanThuApplication.ZONE).format(TIMESTAMP));
        Element staff = xml.element(status, "StaffInfo");
        xml.text(staff, "Department", r.from().name());
        xml.text(staff, "Staff", r.staffName());
        xml.text(staff, "Mobile", r.staffPhone());
        xml.text(staff, "Email", r.staffEmail());
        xml.element(envelope, "edXMLBody");
        return xml.toBytes();
    }

    /** The sender's document identity as edXML forms it: OrganId,date,number/symbol. */
    private static String documentId(Report r) {
        String organ = r.to() == null || r.to().organId() == null ? "" : r.to().organId();
        String date = r.promulgationDate() == null ? "" : r.promulgationDate().toString();
        return organ + "," + date + "," + Texts.symbol(r.codeNumber(), r.codeNotation());
    }

    private static void organization(EdxmlBuilder xml, Element parent, Organization organization, String email) {
        xml.text(parent, "OrganId", organization == null ? null : organization.organId());
        xml.text(parent, "OrganName", organization == null ? null : organization.name());
        xml.text(parent, "Email", email);
    }
}
