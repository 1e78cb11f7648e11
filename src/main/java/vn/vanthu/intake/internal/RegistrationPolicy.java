package vn.vanthu.intake.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.intake.IntakeProperties;
import vn.vanthu.registry.DocumentRegistry;

/**
 * Decides whether a letter is registered at once: only a letter from a known sender, read with confidence, not
 * secret and not already registered. Otherwise it says why the clerk must look at it.
 */
@Component
class RegistrationPolicy {

    private final IntakeProperties properties;
    private final DocumentRegistry registry;

    RegistrationPolicy(IntakeProperties properties, DocumentRegistry registry) {
        this.properties = properties;
        this.registry = registry;
    }

    /** Why the letter must wait for the clerk, in Vietnamese, or {@code null} when it can be registered now. */
    String pendingReason(Organization receiver, Letter letter, String sender, boolean knownSender) {
        DocumentMetadata m = letter.metadata();
        if (m.isSecret()) {
            return "Văn bản có dấu mức độ mật (" + m.confidentiality() + "): không xử lý tự động qua thư điện tử;"
                    + " văn thư kiểm tra và xử lý theo quy định về bảo vệ bí mật nhà nước.";
        }
        List<String> reasons = new ArrayList<>(letter.problems());
        if (!properties.autoRegister()) {
            reasons.add("Chế độ tự động vào sổ đang tắt.");
        }
        if (!knownSender) {
            reasons.add("Người gửi chưa có trong danh bạ: " + (sender == null ? "không rõ" : sender) + ".");
        }
        List<String> unsure = unsureFields(m);
        if (!unsure.isEmpty()) {
            reasons.add("Chưa đọc chắc chắn: " + String.join(", ", unsure) + ".");
        }
        if (unsure.isEmpty()) {
            registry.findRegisteredTwin(receiver.id(), m.codeNumber(), m.codeNotation(), m.promulgationDate())
                    .ifPresent(twin -> reasons.add("Có thể trùng với văn bản đến số " + twin.registerNumber() + "."));
        }
        return reasons.isEmpty() ? null : String.join(" ", reasons);
    }

    private List<String> unsureFields(DocumentMetadata m) {
        List<String> unsure = new ArrayList<>();
        check(unsure, m, "codeNumber", m.codeNumber(), "số");
        check(unsure, m, "codeNotation", m.codeNotation(), "ký hiệu");
        check(unsure, m, "promulgationDate", m.promulgationDate(), "ngày ban hành");
        check(unsure, m, "subject", m.subject(), "trích yếu");
        return unsure;
    }

    private void check(List<String> unsure, DocumentMetadata m, String field, Object value, String label) {
        boolean confident = !m.confidence().containsKey(field) || m.confidenceOf(field) >= properties.minConfidence();
        if (value == null || !confident) {
            unsure.add(label);
        }
    }
}
