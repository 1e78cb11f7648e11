package vn.vanthu.distribution.internal;

import java.util.List;
import org.w3c.dom.Element;
import vn.vanthu.directory.Organization;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.EdxmlBuilder;

/**
 * Writes the edXML (QCVN 102:2016/BTTTT) message header of an outgoing document with the fields VanThu knows, so
 * that e-office systems can take it in without guessing.
 */
final class EdxmlWriter {

    private EdxmlWriter() {}

    static byte[] write(
            DocumentMetadata m, long documentId, Organization from, List<Organization> to, String messageDomain) {
        EdxmlBuilder xml = new EdxmlBuilder();
        Element envelope = xml.root("edXMLEnvelope");
        Element header = xml.element(xml.element(envelope, "edXMLHeader"), "MessageHeader");
        organization(xml, xml.element(header, "From"), from);
        for (Organization recipient : to) {
            organization(xml, xml.element(header, "To"), recipient);
        }
        Element code = xml.element(header, "Code");
        xml.text(code, "CodeNumber", m.codeNumber());
        xml.text(code, "CodeNotation", m.codeNotation());
        Element promulgation = xml.element(header, "PromulgationInfo");
        xml.text(promulgation, "Place", m.promulgationPlace());
        xml.text(
                promulgation,
                "PromulgationDate",
                m.promulgationDate() == null ? null : m.promulgationDate().toString());
        Element type = xml.element(header, "DocumentType");
        xml.text(type, "Type", "1");
        xml.text(type, "TypeName", m.documentType());
        xml.text(header, "Subject", m.subject());
        Element signer = xml.element(header, "SignerInfo");
        xml.text(signer, "Competence", m.signer().competence());
        xml.text(signer, "Position", m.signer().position());
        xml.text(signer, "FullName", m.signer().fullName());
        xml.text(header, "DueDate", m.dueDate() == null ? null : m.dueDate().toString());
        Element places = xml.element(header, "ToPlaces");
        m.toPlaces().forEach(place -> xml.text(places, "Place", place));
        Element other = xml.element(header, "OtherInfo");
        xml.text(other, "Priority", Integer.toString(m.priority()));
        xml.text(other, "SphereOfPromulgation", "");
        xml.text(other, "PromulgationAmount", Integer.toString(Math.max(1, to.size())));
        xml.text(header, "SteeringType", "1");
        xml.text(header, "DocumentId", from.code() + "," + documentId + "@" + messageDomain);
        xml.element(envelope, "edXMLBody");
        return xml.toBytes();
    }

    private static void organization(EdxmlBuilder xml, Element parent, Organization organization) {
        xml.text(parent, "OrganId", organization.organId());
        xml.text(parent, "OrganName", organization.name());
        xml.text(parent, "Email", organization.primaryEmail());
    }
}
