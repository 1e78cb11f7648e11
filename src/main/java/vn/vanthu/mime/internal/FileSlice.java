package vn.vanthu.mime.internal;

import jakarta.mail.internet.SharedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A {@link SharedInputStream} over a slice of a file, read with positional reads of one shared channel.
 *
 * <p>Jakarta Mail's {@code SharedFileInputStream} counts references and keeps the file open until every
 * substream is closed, but the parts of a parsed message hold substreams that are never closed: the file
 * would stay open after the read. Here closing the root stream closes the channel, whatever substreams
 * remain. Substreams are not thread-safe; the channel is.
 */
final class FileSlice extends InputStream implements SharedInputStream {

    private static final int BUFFER = 8 * 1024;

    private final FileChannel channel;
    private final boolean root;
    private final long start;
    private final long end;
    private final byte[] buffer = new byte[BUFFER];
    private long bufferStart;
    private int bufferLength;
    private long position;
    private long mark;

    private FileSlice(FileChannel channel, boolean root, long start, long end) {
        this.channel = channel;
        this.root = root;
        this.start = start;
        this.end = end;
        this.position = start;
        this.mark = start;
    }

    /** Opens the whole file; closing the result closes the file for every slice. */
    static FileSlice open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new FileSlice(channel, true, 0, channel.size());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public int read() throws IOException {
        if (position >= end || !fill()) {
            return -1;
        }
        return buffer[(int) (position++ - bufferStart)] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= end || !fill()) {
            return -1;
        }
        int available = (int) Math.min(length, bufferStart + bufferLength - position);
        System.arraycopy(buffer, (int) (position - bufferStart), target, offset, available);
        position += available;
        return available;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, end - position);
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readLimit) {
        mark = position;
    }

    @Override
    public synchronized void reset() {
        position = mark;
    }

    @Override
    public long getPosition() {
        return position - start;
    }

    @Override
    public InputStream newStream(long from, long to) {
        long sliceEnd = to < 0 ? end : Math.min(end, start + to);
        return new FileSlice(channel, false, Math.min(start + from, sliceEnd), sliceEnd);
    }

    @Override
    public void close() throws IOException {
        if (root) {
            channel.close();
        }
    }

    /** Makes the byte at {@code position} buffered; {@code false} at the end of the file. */
    private boolean fill() throws IOException {
        if (position >= bufferStart && position < bufferStart + bufferLength) {
            return true;
        }
        int wanted = (int) Math.min(BUFFER, end - position);
        int read = channel.read(ByteBuffer.wrap(buffer, 0, wanted), position);
        bufferStart = position;
        bufferLength = Math.max(read, 0);
        return bufferLength > 0;
    }
}
