package vn.vanthu.extraction.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;

/** The body of {@link vn.vanthu.extraction.ExtractCommand}: files in, one JSON array out. */
public final class CommandLine {

    private CommandLine() {}

    /** See {@link vn.vanthu.extraction.ExtractCommand#run}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args == null || args.isEmpty()) {
            err.println("Cách dùng: vanthu extract TỆP... (PDF, DOCX, DOC, ODT, RTF, HTML, TXT, ảnh, .edxml, .eml)");
            out.println("[]");
            return 1;
        }
        ExtractionProperties properties = ExtractionProperties.defaults();
        List<Map<String, Object>> results = new ArrayList<>();
        boolean allRead = true;
        try (StandardDocumentReader reader = StandardDocumentReader.create(properties)) {
            List<List<DocumentInput>> sets = new ArrayList<>();
            for (String arg : args) {
                try {
                    sets.add(inputs(Path.of(arg), arg, properties));
                } catch (InputProblem e) {
                    results.add(JsonShape.error(arg, e.getMessage()));
                    allRead = false;
                }
            }
            for (List<DocumentInput> set : sets) {
                List<ExtractedDocument> documents = new ArrayList<>();
                for (DocumentInput input : set) {
                    documents.add(reader.read(input));
                }
                for (ExtractedDocument d : InputSet.combine(documents)) {
                    if (!d.ok() || d.needsOcr() && !d.isOfficialDocument()) {
                        results.add(JsonShape.error(d.source(), d.ok() ? String.join(" ", d.notes()) : d.error()));
                        allRead = false;
                    } else if (d.isOfficialDocument()) {
                        results.add(JsonShape.of(d));
                    }
                }
            }
        }
        out.println(
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        out.flush();
        return allRead ? 0 : 1;
    }

    /** A file that could not be opened at all. */
    static final class InputProblem extends Exception {
        InputProblem(String message) {
            super(message);
        }
    }

    private static List<DocumentInput> inputs(Path path, String source, ExtractionProperties properties)
            throws InputProblem {
        if (!Files.isRegularFile(path)) {
            throw new InputProblem("Không tìm thấy tệp.");
        }
        try {
            long max = properties.maxFileSize().toBytes();
            if (Files.size(path) > max) {
                throw new InputProblem("Tệp quá lớn (" + Files.size(path) / 1_048_576 + " MB), vượt giới hạn "
                        + max / 1_048_576 + " MB nên không được đọc.");
            }
            byte[] content = Files.readAllBytes(path);
            if (name(path).toLowerCase(Locale.ROOT).endsWith(".eml")) {
                return EmailInputs.of(source, content);
            }
            return List.of(new DocumentInput(source, name(path), null, content));
        } catch (IOException e) {
            throw new InputProblem("Không đọc được tệp: " + e.getMessage());
        }
    }

    private static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
