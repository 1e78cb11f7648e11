package vn.vanthu.extraction.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;

/**
 * Reads the message header of an edXML package (QCVN 102:2016/BTTTT) directly: these fields were typed by the
 * sender's clerk, so they win over anything guessed from the PDF beside them. Element names are matched by
 * local name, whatever the namespace prefix; DTDs and external entities are refused.
 */
final class EdxmlReader {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})|(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private EdxmlReader() {}

    static DocumentMetadata read(byte[] xml) throws Exception {
        Element root = parse(xml).getDocumentElement();
        Element header = first(root, "MessageHeader");
        Element scope = header == null ? root : header;
        Map<String, Double> confidence = new LinkedHashMap<>();
        Element code = first(scope, "Code");
        Element promulgation = first(scope, "PromulgationInfo");
        Element type = first(scope, "DocumentType");
        Element signer = first(scope, "SignerInfo");
        Element from = first(scope, "From");
        Element other = first(scope, "OtherInfo");
        String priority = text(other, "Priority");
        List<String> places = new ArrayList<>();
        Element toPlaces = first(scope, "ToPlaces");
        if (toPlaces != null) {
            NodeList list = toPlaces.getElementsByTagNameNS("*", "Place");
            for (int i = 0; i < list.getLength(); i++) {
                String place = VietText.collapse(list.item(i).getTextContent());
                if (!place.isEmpty()) {
                    places.add(place);
                }
            }
        }
        DocumentMetadata m = new DocumentMetadata(
                typeName(type),
                digits(text(code, "CodeNumber")),
                notation(text(code, "CodeNotation")),
                text(promulgation, "Place"),
                date(text(promulgation, "PromulgationDate")),
                text(from, "OrganName"),
                text(from, "OrganizationInCharge"),
                text(scope, "Subject"),
                places,
                List.of(),
                new SignerInfo(text(signer, "Competence"), text(signer, "Position"), text(signer, "FullName")),
                priority == null || !priority.matches("\\d") ? 0 : Integer.parseInt(priority),
                null,
                date(text(scope, "DueDate")),
                confidence);
        return withConfidence(m, priority != null);
    }

    private static DocumentMetadata withConfidence(DocumentMetadata m, boolean hasPriority) {
        Map<String, Double> c = new LinkedHashMap<>();
        put(c, "documentType", m.documentType());
        put(c, "codeNumber", m.codeNumber());
        put(c, "codeNotation", m.codeNotation());
        put(c, "promulgationPlace", m.promulgationPlace());
        put(c, "promulgationDate", m.promulgationDate());
        put(c, "organization", m.organization());
        put(c, "parentOrganization", m.parentOrganization());
        put(c, "subject", m.subject());
        put(c, "toPlaces", m.toPlaces().isEmpty() ? null : m.toPlaces());
        put(c, "signer", m.signer().fullName());
        put(c, "dueDate", m.dueDate());
        put(c, "priority", hasPriority ? m.priority() : null);
        return new DocumentMetadata(
                m.documentType(),
                m.codeNumber(),
                m.codeNotation(),
                m.promulgationPlace(),
                m.promulgationDate(),
                m.organization(),
                m.parentOrganization(),
                m.subject(),
                m.toPlaces(),
                m.distribution(),
                m.signer(),
                m.priority(),
                m.confidentiality(),
                m.dueDate(),
                c);
    }

    private static void put(Map<String, Double> c, String key, Object value) {
        if (value != null) {
            c.put(key, 1.0);
        }
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static Element first(Element scope, String localName) {
        if (scope == null) {
            return null;
        }
        NodeList list = scope.getElementsByTagNameNS("*", localName);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static String text(Element scope, String localName) {
        Node node = first(scope, localName);
        if (node == null) {
            return null;
        }
        String t = VietText.collapse(VietText.nfc(node.getTextContent()));
        return t.isEmpty() ? null : t;
    }

    private static String typeName(Element type) {
        String name = text(type, "TypeName");
        return name == null ? null : VietText.sentenceCase(name);
    }

    private static String digits(String number) {
        return number == null ? null : number.replaceAll("\\D", "").isEmpty() ? null : number.replaceAll("\\D", "");
    }

    private static String notation(String notation) {
        return notation == null ? null : notation.replaceAll("\\s+", "");
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null
                ? Promulgation.date(m.group(1), m.group(2), m.group(3))
                : Promulgation.date(m.group(6), m.group(5), m.group(4));
    }
}
