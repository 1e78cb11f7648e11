package vn.vanthu.extraction.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Recognises page images with the {@code tesseract} binary (Vietnamese data), found on the PATH. When it is
 * missing, disabled or lacks the Vietnamese data, {@link #unavailableReason()} says why in Vietnamese, and
 * callers mark the document as needing OCR instead of failing.
 */
final class Ocr {

    static final String INSTALL =
            "cài gói tesseract-ocr và tesseract-ocr-vie (apt-get install tesseract-ocr tesseract-ocr-vie)";

    private final boolean enabled;
    private final String languages;
    private final Path binary;
    private volatile String unavailable;

    Ocr(boolean enabled, String languages) {
        this.enabled = enabled;
        this.languages = languages;
        this.binary = enabled ? onPath("tesseract") : null;
    }

    /** Why OCR cannot run, in Vietnamese, or {@code null} when it can. */
    String unavailableReason() {
        if (!enabled) {
            return "chức năng nhận dạng chữ đang tắt (vanthu.extraction.ocr=false)";
        }
        if (binary == null) {
            return "máy chủ chưa cài Tesseract OCR; " + INSTALL;
        }
        if (unavailable == null) {
            unavailable = languagesMissing();
        }
        return unavailable.isEmpty() ? null : unavailable;
    }

    private String languagesMissing() {
        try {
            Process p = new ProcessBuilder(binary.toString(), "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            for (String lang : languages.split("\\+")) {
                if (!out.lines().map(String::strip).toList().contains(lang)) {
                    return "Tesseract thiếu dữ liệu ngôn ngữ '" + lang + "'; " + INSTALL;
                }
            }
            return "";
        } catch (IOException e) {
            return "không chạy được Tesseract (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "việc kiểm tra Tesseract bị ngắt";
        }
    }

    /** The text of one image (PNG, JPEG, TIFF…), waiting at most {@code timeout}; the process dies on timeout. */
    String recognise(byte[] image, Duration timeout) throws IOException, InterruptedException {
        Path file = Files.createTempFile("vanthu-ocr-", ".img");
        Path text = Files.createTempFile("vanthu-ocr-", ".txt");
        try {
            Files.write(file, image);
            ProcessBuilder builder = new ProcessBuilder(
                    List.of(binary.toString(), file.toString(), "stdout", "-l", languages, "--psm", "11"));
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.redirectOutput(text.toFile());
            Process process = builder.start();
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IOException("Quá thời gian nhận dạng chữ");
                }
                return Files.readString(text, StandardCharsets.UTF_8);
            } finally {
                process.destroyForcibly();
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(text);
        }
    }

    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
