package vn.vanthu.mime.internal;

import jakarta.activation.DataSource;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Hands Jakarta Mail's multipart parser a body with a content type this walker has already cleaned, so a
 * Content-Type that Jakarta Mail would reject (stray characters, RFC 2047 in parameters) still splits.
 */
record RawSource(String getContentType, InputStream stream) implements DataSource {

    @Override
    public InputStream getInputStream() {
        return stream;
    }

    @Override
    public OutputStream getOutputStream() {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public String getName() {
        return "";
    }
}
