package vn.vanthu.extraction.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;

/**
 * The standard {@link DocumentReader}: a size gate before anything is parsed, then the whole reading (text,
 * OCR, signatures, the NĐ 30 fields) as one task on a bounded {@link ParsingPool} with a timeout, so that a
 * hostile file costs at most the timeout and one pool thread.
 */
public final class StandardDocumentReader implements DocumentReader, AutoCloseable {

    private final ExtractionProperties properties;
    private final ParsingPool pool;
    private final FileReaders readers;

    private StandardDocumentReader(ExtractionProperties properties) {
        this.properties = properties;
        this.pool = new ParsingPool(properties.parserThreads());
        this.readers = new FileReaders(properties, new Ocr(properties.ocr(), properties.ocrLanguages()));
    }

    /** A reader with the given limits; it owns a thread pool, closed by {@link #close()}. */
    public static StandardDocumentReader create(ExtractionProperties properties) {
        return new StandardDocumentReader(properties == null ? ExtractionProperties.defaults() : properties);
    }

    @Override
    public ExtractedDocument read(DocumentInput input) {
        String source = input.source() == null ? input.fileName() : input.source();
        byte[] content = input.content();
        if (content == null || content.length == 0) {
            return ExtractedDocument.failed(source, "Tệp rỗng (0 byte), không có nội dung để đọc.");
        }
        long max = properties.maxFileSize().toBytes();
        if (content.length > max) {
            return ExtractedDocument.failed(
                    source,
                    "Tệp quá lớn (" + megabytes(content.length) + " MB), vượt giới hạn " + megabytes(max)
                            + " MB nên không được đọc.");
        }
        FileKind kind = FileKind.detect(input.fileName(), input.mediaType(), content);
        Duration timeout = kind == FileKind.PDF || kind == FileKind.IMAGE
                ? properties.timeout().plus(properties.ocr() ? properties.ocrTimeout() : Duration.ZERO)
                : properties.timeout();
        try {
            return pool.run(() -> readers.read(source, input, kind), timeout);
        } catch (ParsingPool.ParseFailure e) {
            return ExtractedDocument.failed(source, Failures.describe(e));
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0);
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Notes list helper shared by the file readers. */
    static List<String> notes(String... notes) {
        List<String> out = new ArrayList<>();
        for (String n : notes) {
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }
}
