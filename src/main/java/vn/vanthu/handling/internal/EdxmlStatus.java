package vn.vanthu.handling.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.vanthu.VanThuApplication;
import vn.vanthu.directory.Organization;

/**
 * Writes the edXML status package (QCVN 102:2016/BTTTT, gói tin trạng thái) a recipient sends back to the sender of
 * a document: who reports (From), to whom (To), which document it answers (ResponseFor: OrganId, Code,
 * PromulgationDate, DocumentId), the StatusCode with its Description and Timestamp, and the staff who acted.
 */
final class EdxmlStatus {

    static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String PREFIX = "edXML:";
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
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().newDocument();
            Element envelope = element(xml, null, "edXMLEnvelope");
            xml.appendChild(envelope);
            Element status = element(xml, element(xml, envelope, "edXMLHeader"), "Status");
            Element from = element(xml, status, "From");
            organization(xml, from, r.from(), r.from().primaryEmail());
            Element to = element(xml, status, "To");
            organization(xml, to, r.to(), r.toEmail());
            Element response = element(xml, status, "ResponseFor");
            text(xml, response, "OrganId", r.to() == null ? null : r.to().organId());
            Element code = element(xml, response, "Code");
            text(xml, code, "CodeNumber", r.codeNumber());
            text(xml, code, "CodeNotation", r.codeNotation());
            Element promulgation = element(xml, response, "PromulgationInfo");
            text(
                    xml,
                    promulgation,
                    "PromulgationDate",
                    r.promulgationDate() == null ? null : r.promulgationDate().toString());
            text(xml, response, "DocumentId", documentId(r));
            text(xml, status, "StatusCode", r.statusCode());
            text(xml, status, "Description", r.description());
            text(
                    xml,
                    status,
                    "Timestamp",
                    r.at().atZoneSameInstant(VanThuApplication.ZONE).format(TIMESTAMP));
            Element staff = element(xml, status, "StaffInfo");
            text(xml, staff, "Department", r.from().name());
            text(xml, staff, "Staff", r.staffName());
            text(xml, staff, "Mobile", r.staffPhone());
            text(xml, staff, "Email", r.staffEmail());
            element(xml, envelope, "edXMLBody");
            return serialize(xml);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("Không tạo được gói tin trạng thái edXML", e);
        }
    }

    /** The sender's document identity as edXML forms it: OrganId,date,number/symbol. */
    private static String documentId(Report r) {
        String organ = r.to() == null || r.to().organId() == null ? "" : r.to().organId();
        String date = r.promulgationDate() == null ? "" : r.promulgationDate().toString();
        return organ + "," + date + "," + Texts.symbol(r.codeNumber(), r.codeNotation());
    }

    private static void organization(Document xml, Element parent, Organization organization, String email) {
        text(xml, parent, "OrganId", organization == null ? null : organization.organId());
        text(xml, parent, "OrganName", organization == null ? null : organization.name());
        text(xml, parent, "Email", email);
    }

    private static Element element(Document xml, Element parent, String name) {
        Element element = xml.createElementNS(NAMESPACE, PREFIX + name);
        if (parent != null) {
            parent.appendChild(element);
        }
        return element;
    }

    private static void text(Document xml, Element parent, String name, String value) {
        element(xml, parent, name).setTextContent(value == null ? "" : value);
    }

    private static byte[] serialize(Document xml) throws TransformerException {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(xml), new StreamResult(out));
        return out.toByteArray();
    }
}
