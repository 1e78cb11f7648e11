package vn.vanthu.extraction.internal.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.vanthu.extraction.internal.LegacyFontsAccess;

/**
 * Lays a {@link Letter} out as a DOCX the way a clerk's Word template does: borderless two-cell tables for the
 * header and for "Nơi nhận" beside the signer. With a legacy font, every run is typed in that encoding
 * (.VnTime / .VnTimeH for TCVN3 capitals, VNI-Times), as old documents are.
 */
final class DocxLetterWriter {

    /** The font family the letter is typed in. */
    enum Font {
        UNICODE,
        TCVN3,
        VNI
    }

    private final Font font;

    DocxLetterWriter(Font font) {
        this.font = font;
    }

    byte[] write(Letter l) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = table(doc);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFTableCell right = header.getRow(0).getCell(1);
            List<String> leftLines = l.headerLeft(true);
            for (int i = 0; i < leftLines.size(); i++) {
                boolean name = i < leftLines.size() - (l.type() == null ? 2 : 1);
                paragraph(
                        i == 0 ? first(left) : left.addParagraph(),
                        leftLines.get(i),
                        name && i > 0 || name && l.parent() == null,
                        12,
                        ParagraphAlignment.CENTER);
            }
            paragraph(first(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 12, ParagraphAlignment.CENTER);
            paragraph(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", true, 13, ParagraphAlignment.CENTER);
            paragraph(right.addParagraph(), l.dateLine(), false, 13, ParagraphAlignment.CENTER);
            String urgency = Letter.PRIORITY_STAMPS[l.priority()];
            if (urgency != null) {
                paragraph(doc.createParagraph(), urgency, true, 14, ParagraphAlignment.LEFT);
            }
            if (l.secrecy() != null) {
                paragraph(doc.createParagraph(), l.secrecy().toUpperCase(), true, 14, ParagraphAlignment.LEFT);
            }
            if (l.type() != null) {
                paragraph(doc.createParagraph(), l.heading(), true, 14, ParagraphAlignment.CENTER);
                paragraph(doc.createParagraph(), l.summaryLine(), true, 13, ParagraphAlignment.CENTER);
            }
            addressees(doc, l);
            for (String p : l.body()) {
                paragraph(doc.createParagraph(), p, p.equals(p.toUpperCase()), 13, ParagraphAlignment.BOTH);
            }
            closing(doc, l);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private void addressees(XWPFDocument doc, Letter l) {
        if (l.kinhGui() == null) {
            return;
        }
        if (l.toPlaces().size() == 1) {
            paragraph(
                    doc.createParagraph(),
                    l.kinhGui() + " " + l.toPlaces().get(0) + ".",
                    false,
                    14,
                    ParagraphAlignment.CENTER);
            return;
        }
        paragraph(doc.createParagraph(), l.kinhGui(), false, 14, ParagraphAlignment.LEFT);
        for (int i = 0; i < l.toPlaces().size(); i++) {
            String end = i == l.toPlaces().size() - 1 ? "." : ";";
            paragraph(doc.createParagraph(), "- " + l.toPlaces().get(i) + end, false, 14, ParagraphAlignment.LEFT);
        }
    }

    private void closing(XWPFDocument doc, Letter l) {
        XWPFTable bottom = table(doc);
        XWPFTableCell left = bottom.getRow(0).getCell(0);
        XWPFTableCell right = bottom.getRow(0).getCell(1);
        paragraph(first(left), "Nơi nhận:", true, 12, ParagraphAlignment.LEFT);
        for (int i = 0; i < l.distribution().size(); i++) {
            String end = i == l.distribution().size() - 1 ? "." : ";";
            paragraph(left.addParagraph(), "- " + l.distribution().get(i) + end, false, 11, ParagraphAlignment.LEFT);
        }
        List<String> signer = new ArrayList<>();
        if (l.competence() != null) {
            signer.addAll(List.of(l.competence().split("\\|")));
        }
        if (l.position() != null) {
            signer.add(l.position());
        }
        XWPFParagraph p = first(right);
        for (String line : signer) {
            paragraph(p, line, true, 13, ParagraphAlignment.CENTER);
            p = right.addParagraph();
        }
        paragraph(p, "", false, 13, ParagraphAlignment.CENTER);
        paragraph(right.addParagraph(), l.name(), true, 13, ParagraphAlignment.CENTER);
    }

    private static XWPFTable table(XWPFDocument doc) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        return t;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    private void paragraph(XWPFParagraph p, String text, boolean bold, int size, ParagraphAlignment align) {
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        boolean capitals = text.equals(text.toUpperCase()) && text.chars().anyMatch(Character::isLetter);
        switch (font) {
            case UNICODE -> {
                run.setFontFamily("Times New Roman");
                run.setText(text);
            }
            case TCVN3 -> {
                run.setFontFamily(capitals ? ".VnTimeH" : ".VnTime");
                run.setText(LegacyFontsAccess.tcvn3(text, capitals));
            }
            case VNI -> {
                run.setFontFamily("VNI-Times");
                run.setText(LegacyFontsAccess.vni(text));
            }
        }
    }
}
