package vn.vanthu.handling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.SignerInfo;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;
import vn.vanthu.registry.NewFile;
import vn.vanthu.registry.NewIncomingDocument;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.Letters;

/** Incoming letters with an urgency, a due date and a sender, and a look into the outbox. */
final class HandlingLetters {

    /** A mail in the outbox. */
    record Queued(String kind, String recipient, String subject, String spec) {}

    private final DocumentRegistry registry;
    private final BlobStore blobs;
    private final JdbcClient jdbc;

    HandlingLetters(DocumentRegistry registry, BlobStore blobs, JdbcClient jdbc) {
        this.registry = registry;
        this.blobs = blobs;
        this.jdbc = jdbc;
    }

    DocumentSummary registered(
            long organizationId, String number, String subject, int priority, LocalDate dueDate, String sender) {
        return receive(organizationId, number, subject, priority, dueDate, sender, true);
    }

    DocumentSummary pending(long organizationId, String number, String subject, String sender) {
        return receive(organizationId, number, subject, 0, null, sender, false);
    }

    private DocumentSummary receive(
            long organizationId,
            String number,
            String subject,
            int priority,
            LocalDate dueDate,
            String sender,
            boolean register) {
        var metadata = new DocumentMetadata(
                "Công văn",
                number,
                "SGDĐT-GDTrH",
                "Sơn La",
                LocalDate.of(2026, 11, 2),
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO SƠN LA",
                "UBND TỈNH SƠN LA",
                subject,
                List.of("Các đơn vị trực thuộc"),
                List.of("Như trên;", "Lưu: VT."),
                new SignerInfo("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lò Văn Mạnh"),
                priority,
                null,
                dueDate,
                Map.of("codeNumber", 0.9));
        try {
            byte[] pdf = Letters.pdf(number + "/SGDĐT-GDTrH", subject, "Nội dung văn bản.");
            var blob = blobs.put(pdf);
            return registry.receive(new NewIncomingDocument(
                    organizationId,
                    metadata,
                    subject,
                    List.of(new NewFile(
                            "ORIGINAL", "cong-van-" + number + ".pdf", "application/pdf", pdf.length, blob.sha256())),
                    register,
                    register ? null : "Cần kiểm tra",
                    sender,
                    "test " + number,
                    null,
                    null,
                    "<" + number + "." + System.nanoTime() + "@sonla.edu.vn>",
                    false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Queued> mails(long documentId, String kind) {
        return jdbc.sql("SELECT kind, recipient, subject, spec FROM outbound_mail WHERE reference_type = 'DOCUMENT'"
                        + " AND reference_id = ? AND kind = ? ORDER BY id")
                .params(documentId, kind)
                .query((rs, row) -> new Queued(
                        rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"), rs.getString("spec")))
                .list();
    }

    List<Queued> mailsTo(String recipient, String kind) {
        return jdbc.sql("SELECT kind, recipient, subject, spec FROM outbound_mail WHERE recipient = ? AND kind = ?"
                        + " ORDER BY id")
                .params(recipient, kind)
                .query((rs, row) -> new Queued(
                        rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"), rs.getString("spec")))
                .list();
    }
}
