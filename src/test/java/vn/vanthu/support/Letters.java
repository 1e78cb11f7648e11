package vn.vanthu.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.NewFile;
import vn.vanthu.registry.NewIncomingDocument;
import vn.vanthu.storage.BlobStore;

/** Puts official letters into an organization's books the way intake does, with a real PDF and the e-mail. */
public final class Letters {

    private final DocumentRegistry registry;
    private final BlobStore blobs;

    public Letters(DocumentRegistry registry, BlobStore blobs) {
        this.registry = registry;
        this.blobs = blobs;
    }

    /** A letter registered at once. */
    public DocumentSummary registered(
            long organizationId, String number, String notation, String subject, String text) {
        return receive(organizationId, number, notation, subject, text, true);
    }

    /** A letter waiting for the clerk. */
    public DocumentSummary pending(long organizationId, String number, String notation, String subject, String text) {
        return receive(organizationId, number, notation, subject, text, false);
    }

    private DocumentSummary receive(
            long organizationId, String number, String notation, String subject, String text, boolean register) {
        var metadata = new DocumentMetadata(
                "Công văn",
                number,
                notation,
                "Sơn La",
                LocalDate.of(2026, 11, 2),
                "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                "UBND THÀNH PHỐ SƠN LA",
                subject,
                List.of("Các trường Tiểu học, THCS trên địa bàn"),
                List.of("Như trên;", "Lưu: VT, GDTH."),
                new SignerInfo("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn Đông"),
                0,
                null,
                null,
                Map.of("codeNumber", 0.9));
        try {
            byte[] pdf = pdf(number + "/" + notation, subject, text);
            var pdfBlob = blobs.put(pdf);
            byte[] mail = ("From: pgd@sonla.edu.vn\r\nSubject: =?UTF-8?B?Q8O0bmcgdsSDbg==?=\r\n\r\n" + subject)
                    .getBytes(StandardCharsets.UTF_8);
            var mailBlob = blobs.put(mail);
            List<NewFile> files = List.of(
                    new NewFile(
                            "ORIGINAL", "cong-van-" + number + ".pdf", "application/pdf", pdf.length, pdfBlob.sha256()),
                    new NewFile("MAIL", "thu-goc.eml", "message/rfc822", mail.length, mailBlob.sha256()));
            return registry.receive(new NewIncomingDocument(
                    organizationId,
                    metadata,
                    text,
                    files,
                    register,
                    register ? null : "Người gửi chưa có trong danh bạ",
                    "pgd@sonla.edu.vn",
                    "test " + number,
                    null,
                    null,
                    null,
                    false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page letter in Vietnamese, drawn with the embedded DejaVu font. */
    public static byte[] pdf(String symbol, String subject, String text) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font = Letters.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDType0Font dejavu = PDType0Font.load(document, font);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String line : List.of(
                        "UBND THÀNH PHỐ SƠN LA",
                        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                        "Số: " + symbol,
                        "V/v " + subject,
                        "",
                        "Kính gửi: Các trường Tiểu học, THCS trên địa bàn",
                        "",
                        text)) {
                    content.beginText();
                    content.setFont(dejavu, 11);
                    content.newLineAtOffset(60, y);
                    content.showText(line);
                    content.endText();
                    y -= 18;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
