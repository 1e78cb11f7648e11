package vn.vanthu.mailbox.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.vanthu.mailbox.MailboxSettings;
import vn.vanthu.mailbox.ReceivedMessage;
import vn.vanthu.mailbox.ReceivedMessageHandler;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.storage.StoredBlob;

/**
 * Takes one message from a mailbox route: stores the raw bytes first, records the message in the dedupe ledger
 * (committed), then has the pipeline handle it, and says which folder the message goes to.
 *
 * <p>A message moves only once this bean has chosen its folder: {@code Processed} after the handling committed,
 * {@code Failed} after a quarantine row committed; {@link ProcessedMoves} moves an IMAP poll's messages together, by
 * UID, when the poll ends. Any exception leaves the message where it is, to be taken on a later poll (the database
 * is down, the disk is full, another poller is handling it).
 */
@Component("mailIntake")
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);

    private final BlobStore blobs;
    private final IntakeTransactions transactions;
    private final MailboxCatalog mailboxes;
    private final RawMessageFetcher fetcher;
    private final QuarantineQueries quarantine;
    private final ReceivedMessageHandler handler;
    private final ProcessedMoves moves;
    /** Messages stored while reading ahead, with their blobs: taking them does not write and force them again. */
    private final Map<Message, StoredBlob> storedAhead = Collections.synchronizedMap(new WeakHashMap<>());
    /** Messages taken by the calling poller thread since it last asked ({@link #takenSinceAsked}). */
    private final ThreadLocal<int[]> taken = ThreadLocal.withInitial(() -> new int[1]);

    MailIntake(
            BlobStore blobs,
            IntakeTransactions transactions,
            MailboxCatalog mailboxes,
            RawMessageFetcher fetcher,
            QuarantineQueries quarantine,
            ReceivedMessageHandler handler,
            ProcessedMoves moves) {
        this.handler = handler;
        this.moves = moves;
        this.blobs = blobs;
        this.transactions = transactions;
        this.mailboxes = mailboxes;
        this.fetcher = fetcher;
        this.quarantine = quarantine;
    }

    /**
     * Takes a quarantined message in again from its stored bytes (the IMAP copy stays in the failed folder);
     * returns whether it was taken this time.
     */
    public boolean retry(long quarantineId) {
        QuarantineQueries.OpenEntry entry = quarantine
                .open(quarantineId)
                .orElseThrow(() -> new IllegalArgumentException("Không có mục cách ly đang mở " + quarantineId));
        transactions.reopen(quarantineId, entry.inboundMessageId(), quarantine);
        MailboxSettings mailbox = mailboxes.get(entry.mailbox());
        var message = new ReceivedMessage(
                entry.inboundMessageId(),
                entry.mailbox(),
                mailbox.organization(),
                blobs.pathOf(entry.rawSha256()),
                entry.rawSha256(),
                entry.rawSize(),
                1);
        return transactions.handle(message) == IntakeOutcome.PROCESSED;
    }

    /**
     * Takes a message fetched by a mail route and returns the folder it goes to; an IMAP message is moved there by
     * UID with the rest of its poll (a POP3 message has no folders: the route deletes it when so configured).
     */
    public String take(Message mail, String mailboxId) throws IOException, MessagingException {
        prepareAhead(mail, mailboxId);
        long uid = fetcher.uid(mail);
        StoredBlob ahead = storedAhead.remove(mail);
        StoredBlob raw = ahead != null ? ahead : blobs.put(out -> fetcher.writeRaw(mail, out));
        // Else the bytes may be another message's (not prefetched with their UID): taken again at the next poll.
        fetcher.requireStillAt(mail, uid, mailboxId);
        String folder = takeStored(raw, mailboxId);
        moves.later(mail, uid, folder);
        taken.get()[0]++;
        return folder;
    }

    /** How many messages this thread took since it last asked: a poller's progress in its poll. */
    int takenSinceAsked() {
        int[] count = taken.get();
        int answer = count[0];
        count[0] = 0;
        return answer;
    }

    /** Stores the next messages of a freshly fetched batch and lets the pipeline start reading them. */
    private void prepareAhead(Message mail, String mailboxId) {
        try {
            for (Message next : fetcher.prefetch(mail)) {
                StoredBlob raw = blobs.put(out -> fetcher.writeRaw(next, out));
                storedAhead.put(next, raw);
                handler.prepare(mailboxId, blobs.pathOf(raw.sha256()), raw.sha256());
            }
        } catch (Exception e) {
            // Reading ahead is an optimisation: each message is still fetched and handled in its turn.
            log.debug("Không đọc trước được các thư kế tiếp: {}", e.toString());
        }
    }

    /** Takes a raw message already in the blob store (a retry from the quarantine, a test). */
    public String takeStored(StoredBlob raw, String mailboxId) throws IOException {
        MailboxSettings mailbox = mailboxes.get(mailboxId);
        Path file = blobs.pathOf(raw.sha256());
        RawHeaders headers = RawHeaders.read(file);
        String key = DedupeKey.of(headers.messageId(), raw.sha256());
        IntakeTransactions.Recorded recorded = transactions.recordAndStartAttempt(mailboxId, key, headers, raw);
        long id = recorded.id();
        int attempt = recorded.attempt().orElseThrow(() -> new MessageBusyException(id));
        var message =
                new ReceivedMessage(id, mailboxId, mailbox.organization(), file, raw.sha256(), raw.size(), attempt);
        IntakeOutcome outcome = transactions.handle(message);
        log.debug("Thư {} từ hộp {}: {}", id, mailboxId, outcome);
        return switch (outcome) {
            case PROCESSED -> mailbox.processedFolder();
            case QUARANTINED -> mailbox.failedFolder();
            case BUSY -> throw new MessageBusyException(id);
        };
    }
}
