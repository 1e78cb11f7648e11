package vn.vanthu.intake.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.registry.NewFile;

/**
 * Groups the read parts of one message into letters. Parts with the same number and symbol form one letter whose
 * original is the PDF when there is one and whose fields come from an edXML file when there is one; official
 * parts without a number are letters of their own; parts that are not official documents go with the first
 * letter, or form one letter for the clerk when nothing else was found.
 */
final class LetterGrouping {

    private LetterGrouping() {}

    static List<Letter> group(List<ReadPart> parts, NewFile mail) {
        Map<String, List<ReadPart>> groups = new LinkedHashMap<>();
        List<ReadPart> leftovers = new ArrayList<>();
        for (ReadPart part : parts) {
            String key = part.key();
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
            } else if (part.official()) {
                groups.put("part:" + part.sourcePart(), new ArrayList<>(List.of(part)));
            } else {
                leftovers.add(part);
            }
        }
        if (groups.isEmpty()) {
            if (leftovers.isEmpty()) {
                return List.of();
            }
            return List.of(letter(leftovers, mail));
        }
        List<List<ReadPart>> members = new ArrayList<>(groups.values());
        members.get(0).addAll(leftovers);
        return members.stream().map(group -> letter(group, mail)).toList();
    }

    private static Letter letter(List<ReadPart> group, NewFile mail) {
        List<ReadPart> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing((ReadPart p) -> !p.official()).thenComparing(p -> !p.isPdf()));
        ReadPart main = ordered.get(0);
        DocumentMetadata metadata = main.extracted().metadata();
        for (ReadPart part : ordered) {
            if (part.isEdxml() && part.official()) {
                metadata = part.extracted().metadata().preferredOver(metadata);
            }
        }
        List<NewFile> files = new ArrayList<>();
        for (ReadPart part : ordered) {
            if (part.file() != null) {
                String role = part == main ? "ORIGINAL" : part.isEdxml() ? "EDXML" : "ATTACHMENT";
                NewFile f = part.file();
                files.add(new NewFile(role, f.fileName(), f.mediaType(), f.size(), f.sha256()));
            }
        }
        files.add(mail);
        return new Letter(
                main.sourcePart(),
                main.extracted().source(),
                metadata,
                main.extracted().text(),
                files,
                problems(main));
    }

    private static List<String> problems(ReadPart main) {
        ExtractedDocument extracted = main.extracted();
        List<String> problems = new ArrayList<>();
        if (!extracted.ok()) {
            problems.add("Không đọc được tệp: " + extracted.error());
        } else if (!extracted.isOfficialDocument()) {
            problems.add("Không nhận ra thể thức văn bản hành chính trong tệp.");
        }
        if (extracted.needsOcr()) {
            problems.add("Cần nhận dạng chữ (OCR) cho bản quét.");
        }
        problems.addAll(extracted.notes());
        return problems;
    }
}
