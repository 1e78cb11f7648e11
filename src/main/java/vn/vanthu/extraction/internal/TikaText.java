package vn.vanthu.extraction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Text through Tika for the formats read without a dedicated reader (ODT, RTF, anything else), under limits:
 * a write limit (the text is cut, and says so), an embedded-resource limit, and Tika's SecureContentHandler
 * against zip bombs. The XHTML output keeps table cells, which {@link HtmlText} turns into columns.
 */
final class TikaText {

    /** Text read and whether it was cut at the write limit. */
    record Result(String text, boolean truncated) {}

    private final Parser parser;
    private final int writeLimit;
    private final int maxEmbedded;

    TikaText(int writeLimit, int maxEmbedded) {
        this.parser = new AutoDetectParser();
        this.writeLimit = writeLimit;
        this.maxEmbedded = maxEmbedded;
    }

    Result read(byte[] content, String fileName) throws IOException, TikaException, SAXException {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        WriteOutContentHandler limited = new WriteOutContentHandler(xhtml, writeLimit);
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new Limited(context, maxEmbedded));
        context.set(Parser.class, parser);
        boolean truncated = false;
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            SecureContentHandler secure = new SecureContentHandler(limited, stream);
            try {
                parser.parse(stream, secure, metadata, context);
            } catch (SAXException e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    secure.throwIfCauseOf(e);
                    throw e;
                }
                truncated = true;
            } catch (TikaException e) {
                if (e.getCause() instanceof SAXException cause) {
                    secure.throwIfCauseOf(cause);
                }
                throw e;
            }
        }
        return new Result(HtmlText.read(xhtml.toString()), truncated);
    }

    /** Follows at most {@code max} embedded files; the rest are skipped. */
    private static final class Limited extends ParsingEmbeddedDocumentExtractor {
        private final AtomicInteger seen = new AtomicInteger();
        private final int max;

        Limited(ParseContext context, int max) {
            super(context);
            this.max = max;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return seen.incrementAndGet() <= max && super.shouldParseEmbedded(metadata);
        }

        @Override
        public void parseEmbedded(
                InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        }
    }
}
