package vn.vanthu.extraction;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * Builds an edXML (QCVN 102:2016/BTTTT) document: elements in the edXML namespace with the {@code edXML:} prefix,
 * written as indented UTF-8. Outgoing documents' headers and status messages are both written with it.
 */
public final class EdxmlBuilder {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String PREFIX = "edXML:";

    private final Document xml;

    public EdxmlBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            this.xml = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Không tạo được tài liệu edXML", e);
        }
    }

    /** The document's root element (the envelope). */
    public Element root(String name) {
        Element root = xml.createElementNS(NAMESPACE, PREFIX + name);
        xml.appendChild(root);
        return root;
    }

    /** A new element under a parent. */
    public Element element(Element parent, String name) {
        Element element = xml.createElementNS(NAMESPACE, PREFIX + name);
        parent.appendChild(element);
        return element;
    }

    /** A new element with text under a parent; {@code null} gives an empty element. */
    public void text(Element parent, String name, String value) {
        element(parent, name).setTextContent(value == null ? "" : value);
    }

    /** The document as indented UTF-8. */
    public byte[] toBytes() {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Không ghi được tài liệu edXML", e);
        }
    }
}
