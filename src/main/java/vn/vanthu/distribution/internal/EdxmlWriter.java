package vn.vanthu.distribution.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import vn.vanthu.directory.Organization;
import vn.vanthu.extraction.DocumentMetadata;

/**
 * Writes the edXML (QCVN 102:2016/BTTTT) message header of an outgoing document with the fields VanThu knows, so
 * that e-office systems can take it in without guessing.
 */
final class EdxmlWriter {

    static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String PREFIX = "edXML:";

    private EdxmlWriter() {}

    static byte[] write(
            DocumentMetadata m, long documentId, Organization from, List<Organization> to, String messageDomain) {
        try {
            Document xml =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element envelope = element(xml, null, "edXMLEnvelope");
            xml.appendChild(envelope);
            Element header = element(xml, element(xml, envelope, "edXMLHeader"), "MessageHeader");
            organization(xml, element(xml, header, "From"), from);
            for (Organization recipient : to) {
                organization(xml, element(xml, header, "To"), recipient);
            }
            Element code = element(xml, header, "Code");
            text(xml, code, "CodeNumber", m.codeNumber());
            text(xml, code, "CodeNotation", m.codeNotation());
            Element promulgation = element(xml, header, "PromulgationInfo");
            text(xml, promulgation, "Place", m.promulgationPlace());
            text(
                    xml,
                    promulgation,
                    "PromulgationDate",
                    m.promulgationDate() == null ? null : m.promulgationDate().toString());
            Element type = element(xml, header, "DocumentType");
            text(xml, type, "Type", "1");
            text(xml, type, "TypeName", m.documentType());
            text(xml, header, "Subject", m.subject());
            Element signer = element(xml, header, "SignerInfo");
            text(xml, signer, "Competence", m.signer().competence());
            text(xml, signer, "Position", m.signer().position());
            text(xml, signer, "FullName", m.signer().fullName());
            text(
                    xml,
                    header,
                    "DueDate",
                    m.dueDate() == null ? null : m.dueDate().toString());
            Element places = element(xml, header, "ToPlaces");
            m.toPlaces().forEach(place -> text(xml, places, "Place", place));
            Element other = element(xml, header, "OtherInfo");
            text(xml, other, "Priority", Integer.toString(m.priority()));
            text(xml, other, "SphereOfPromulgation", "");
            text(xml, other, "PromulgationAmount", Integer.toString(Math.max(1, to.size())));
            text(xml, header, "SteeringType", "1");
            text(xml, header, "DocumentId", from.code() + "," + documentId + "@" + messageDomain);
            element(xml, envelope, "edXMLBody");
            return serialize(xml);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("Cannot write edXML", e);
        }
    }

    private static void organization(Document xml, Element parent, Organization organization) {
        text(xml, parent, "OrganId", organization.organId());
        text(xml, parent, "OrganName", organization.name());
        text(xml, parent, "Email", organization.primaryEmail());
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
