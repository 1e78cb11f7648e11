package vn.vanthu.extraction.internal;

import java.time.LocalDate;
import java.util.List;
import vn.vanthu.extraction.DocumentMetadata;

/**
 * The NĐ 30 reader: every field of the extraction contract from a letter's text, whatever order the extractor
 * gave its columns in. It works on {@link LetterLines}, finds the landmarks (the "Số" line, the centred type
 * name, "Kính gửi", "Nơi nhận") and lets each field reader look only where that field is printed.
 */
final class LetterReader {

    private static final int HEADER_MAX = 30;

    private LetterReader() {}

    /** What the reader found: the metadata and whether the text reads as an official document at all. */
    record Reading(DocumentMetadata metadata, boolean official) {}

    static Reading read(String text) {
        List<String> lines = LetterLines.of(text);
        int addressees = Addressees.find(lines);
        int heading = headingIndex(lines);
        int headerEnd = headerEnd(lines, addressees, heading);
        List<String> header = lines.subList(0, headerEnd);
        DocumentCode code = DocumentCode.read(header);
        Promulgation promulgation = Promulgation.read(header);
        Found<String> subject = subject(lines, headerEnd, heading);
        List<String> stampArea = lines.subList(0, Math.min(lines.size(), Math.max(headerEnd, addressees + 1)));
        int bodyStart = addressees >= 0 ? addressees + 1 : headerEnd;
        Closing closing = Closing.read(lines, bodyStart);
        LocalDate date = promulgation == null ? null : promulgation.date();
        LetterFields fields = new LetterFields(
                type(code, heading < 0 ? null : lines.get(heading), subject),
                code,
                Issuer.read(header),
                promulgation,
                subject,
                addressees < 0 ? List.of() : Addressees.read(lines, addressees),
                closing,
                Marks.priority(stampArea),
                Marks.secrecy(stampArea),
                Deadline.read(body(lines, Math.max(0, bodyStart - 1)), date));
        return new Reading(fields.metadata(), isOfficial(lines, code, promulgation, heading, subject, closing));
    }

    private static int headingIndex(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_MAX + 5); i++) {
            if (DocumentTypes.byHeading(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static int headerEnd(List<String> lines, int addressees, int heading) {
        int end = Math.min(lines.size(), HEADER_MAX);
        for (int i = 0; i < end; i++) {
            if (VietText.fold(lines.get(i)).startsWith("can cu ")) {
                end = i;
            }
        }
        end = addressees >= 0 ? Math.min(end, addressees) : end;
        return heading >= 0 ? Math.min(end, heading) : end;
    }

    private static Found<String> subject(List<String> lines, int headerEnd, int heading) {
        for (int i = 0; i < headerEnd; i++) {
            if (Subject.isLabelled(lines.get(i))) {
                return Subject.read(lines, i, 0.9);
            }
        }
        if (heading >= 0 && heading + 1 < lines.size()) {
            String next = lines.get(heading + 1);
            if (!Addressees.LABEL.matcher(VietText.fold(next)).lookingAt()
                    && !VietText.fold(next).startsWith("can cu")) {
                return Subject.read(lines, heading + 1, 0.85);
            }
        }
        return Found.none();
    }

    private static Found<String> type(DocumentCode code, String headingLine, Found<String> subject) {
        String byCode = code == null ? null : DocumentTypes.byAbbreviation(code.typeAbbreviation());
        String byHeading = headingLine == null ? null : DocumentTypes.byHeading(headingLine);
        String type = byCode != null ? byCode : byHeading;
        if (type == null && subject.present() && subject.confidence() >= 0.9) {
            return Found.of(DocumentTypes.CONG_VAN, 0.8);
        }
        return Found.of(type, byCode != null && byCode.equals(byHeading) ? 0.98 : 0.9);
    }

    private static String body(List<String> lines, int bodyStart) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.min(bodyStart, lines.size()); i < lines.size(); i++) {
            if (VietText.fold(lines.get(i)).startsWith("noi nhan")) {
                break;
            }
            out.append(lines.get(i)).append(' ');
        }
        return out.toString();
    }

    private static boolean isOfficial(
            List<String> lines,
            DocumentCode code,
            Promulgation promulgation,
            int heading,
            Found<String> subject,
            Closing closing) {
        boolean motto = lines.stream()
                .limit(HEADER_MAX)
                .anyMatch(l -> LetterLines.MOTTO.matcher(VietText.fold(l)).find());
        int signals = (code != null ? 1 : 0)
                + (promulgation != null ? 1 : 0)
                + (motto ? 1 : 0)
                + (heading >= 0 ? 1 : 0)
                + (subject.present() ? 1 : 0)
                + (!closing.distribution().isEmpty() ? 1 : 0);
        return (code != null || motto || heading >= 0) && signals >= 2;
    }
}
