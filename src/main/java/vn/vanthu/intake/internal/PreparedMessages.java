package vn.vanthu.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MessageClass;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;

/**
 * Reads stored messages ahead of their turn, on two threads: the MIME walk, the classification and the text of
 * their documents, which is most of a letter's cost. Handling stays one message at a time and in order (the
 * dedupe lock, the number, the move), but no longer waits for reading. Nothing is written here but blobs.
 */
@Component
class PreparedMessages implements DisposableBean {

    /** A message read ahead: what it says, its class, and its read document parts (official documents only). */
    record Prepared(ParsedMail mail, MessageClass messageClass, List<ReadPart> parts) {}

    /** At most this many messages wait read: the prefetched batch is twenty, reading ahead needs only a few. */
    private static final int KEEP = 16;
    /** A reading not taken by then (its message was a duplicate, or taken by another node) is dropped. */
    private static final long STALE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(2);

    private final MailReader reader;
    private final MessageClassifier classifier;
    private final LetterReader letters;
    private final ThreadPoolExecutor pool =
            new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(KEEP), runnable -> {
                Thread thread = new Thread(runnable, "vanthu-read-ahead");
                thread.setDaemon(true);
                return thread;
            });
    private final Map<String, Future<Prepared>> ready = new LinkedHashMap<>();
    private final Map<String, Long> startedAt = new java.util.HashMap<>();

    PreparedMessages(MailReader reader, MessageClassifier classifier, LetterReader letters) {
        this.reader = reader;
        this.classifier = classifier;
        this.letters = letters;
    }

    /** Starts reading a message; does nothing when it is being read already or the queue is full. */
    synchronized void start(String mailboxId, Path rawFile, String sha256) {
        if (ready.containsKey(sha256)) {
            return;
        }
        long now = System.nanoTime();
        ready.keySet().removeIf(key -> {
            boolean stale = now - startedAt.get(key) > STALE_NANOS;
            if (stale) {
                ready.get(key).cancel(true);
                startedAt.remove(key);
            }
            return stale;
        });
        try {
            ready.put(sha256, pool.submit(() -> read(mailboxId, rawFile)));
            startedAt.put(sha256, now);
        } catch (RejectedExecutionException e) {
            return;
        }
        while (ready.size() > KEEP) {
            String oldest = ready.keySet().iterator().next();
            ready.remove(oldest).cancel(true);
            startedAt.remove(oldest);
        }
    }

    /** The message read ahead, waiting for it if still being read; empty when it was not started. */
    Optional<Prepared> take(String sha256) {
        Future<Prepared> future;
        synchronized (this) {
            future = ready.remove(sha256);
            startedAt.remove(sha256);
        }
        if (future == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // Read it again in its turn: then a failure is handled (and quarantined) where it belongs.
            return Optional.empty();
        }
    }

    /** Reads a message now, on the caller's thread. */
    Prepared read(String mailboxId, Path rawFile) {
        ParsedMail mail;
        try {
            mail = reader.read(rawFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được thư đã lưu " + rawFile.getFileName(), e);
        }
        MessageClass messageClass = classifier.classify(mail);
        List<ReadPart> parts =
                messageClass == MessageClass.OFFICIAL_DOCUMENT ? letters.parts(mailboxId, mail) : List.of();
        return new Prepared(mail, messageClass, parts);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
