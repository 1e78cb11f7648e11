package vn.vanthu.extraction.internal.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One letter of the test corpus, as a clerk would describe it: what is printed where. The writers lay it out
 * in PDF, DOCX, scans, legacy fonts and mail bodies; {@link #expected} is the contract's JSON for it.
 */
record Letter(
        String id,
        String parent,
        String organization,
        String number,
        String notation,
        String place,
        LocalDate date,
        String type,
        String summary,
        String summaryLabel,
        String kinhGui,
        List<String> toPlaces,
        List<String> body,
        List<String> distribution,
        String competence,
        String position,
        String name,
        int priority,
        String secrecy,
        LocalDate dueDate) {

    static final String[] PRIORITY_STAMPS = {null, "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HỎA TỐC HẸN GIỜ"};

    /** The type name printed as a centred heading, or null for a công văn. */
    String heading() {
        return type == null ? null : type.toUpperCase(java.util.Locale.ROOT);
    }

    /** The "Số" line as printed. */
    String codeLine() {
        return "Số: " + (number == null ? "        " : number) + "/" + notation;
    }

    /** The place and date line as printed. */
    String dateLine() {
        return place + ", ngày " + pad(date.getDayOfMonth()) + " tháng " + pad(date.getMonthValue()) + " năm "
                + date.getYear();
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** The summary as printed under the "Số" line (công văn) or under the heading. */
    String summaryLine() {
        return summaryLabel == null || summaryLabel.isEmpty() ? summary : summaryLabel + " " + summary;
    }

    /** The left column of the header, top to bottom, parent first. */
    List<String> headerLeft(boolean withSummary) {
        List<String> out = new ArrayList<>();
        if (parent != null) {
            out.add(parent);
        }
        out.addAll(List.of(organization.split("\\|")));
        out.add(codeLine());
        if (type == null && withSummary) {
            out.add(summaryLine());
        }
        return out;
    }

    String organizationName() {
        return organization.replace("|", " ");
    }

    /** The contract's JSON object for this letter (without source and confidence). */
    Map<String, Object> expected(String source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("documentType", type == null ? "Công văn" : type);
        m.put("codeNumber", number);
        m.put("codeNotation", notation.replace(" ", ""));
        m.put("promulgationPlace", place);
        m.put("promulgationDate", date.toString());
        m.put("organization", organizationName());
        m.put("parentOrganization", parent);
        m.put("subject", summary);
        m.put("toPlaces", toPlaces);
        m.put("distribution", distribution);
        Map<String, Object> signer = new LinkedHashMap<>();
        signer.put("competence", competence == null ? null : competence.replace("|", " "));
        signer.put("position", position);
        signer.put("fullName", name);
        m.put("signer", signer);
        m.put("priority", priority);
        m.put("confidentiality", secrecy);
        m.put("dueDate", dueDate == null ? null : dueDate.toString());
        return m;
    }
}
