package vn.vanthu.mailbox.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.mailbox.HandlingResult;
import vn.vanthu.mailbox.ReceivedMessage;
import vn.vanthu.mailbox.ReceivedMessageHandler;
import vn.vanthu.mailbox.UnprocessableMessageException;
import vn.vanthu.storage.StoredBlob;

/**
 * The transactions of taking a message: the ledger insert and the attempt count commit together, first; the
 * handling runs under a lock on the ledger row and commits with the "processed" mark, or rolls back and leaves a
 * quarantine row.
 */
@Component
class IntakeTransactions {

    private static final Logger log = LoggerFactory.getLogger(IntakeTransactions.class);

    /** After this many attempts that ended in "try again later", a message is quarantined. */
    static final int MAX_ATTEMPTS = 5;

    private final TransactionTemplate tx;
    private final InboundLedger ledger;
    private final QuarantineRows quarantine;
    private final ReceivedMessageHandler handler;

    IntakeTransactions(
            TransactionTemplate tx, InboundLedger ledger, QuarantineRows quarantine, ReceivedMessageHandler handler) {
        this.tx = tx;
        this.ledger = ledger;
        this.quarantine = quarantine;
        this.handler = handler;
    }

    /** A message recorded in the ledger, and its attempt number (empty when another poller holds it now). */
    record Recorded(long id, Optional<Integer> attempt) {}

    /**
     * Records a message once (a second arrival finds the first row) and counts one more attempt at it, in one
     * transaction that commits before the handling starts: a crash during the handling still finds the row and its
     * attempts. When another poller holds the row right now, no attempt is counted (a message taken by two pollers
     * must neither wait for the other nor use up its attempts).
     */
    Recorded recordAndStartAttempt(String mailbox, String key, RawHeaders headers, StoredBlob raw) {
        return tx.execute(status -> {
            long id = ledger.record(mailbox, key, headers, raw);
            return new Recorded(id, ledger.lock(id).map(current -> ledger.startAttempt(id)));
        });
    }

    /** Closes a quarantine entry as retried and puts its message back, in one transaction. */
    void reopen(long quarantineId, long inboundMessageId, QuarantineQueries queries) {
        tx.executeWithoutResult(status -> {
            queries.resolve(quarantineId, "RETRIED");
            ledger.reopen(inboundMessageId);
        });
    }

    IntakeOutcome handle(ReceivedMessage message) {
        try {
            return tx.execute(status -> handleLocked(message));
        } catch (UnprocessableMessageException e) {
            return quarantine(message, e.reason(), e.getMessage());
        } catch (DataIntegrityViolationException e) {
            return retryOrQuarantine(message, e);
        } catch (DataAccessException | TransactionException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Lỗi khi xử lý thư {}", message.inboundMessageId(), e);
            return quarantine(message, "ERROR", "Lỗi khi xử lý thư: " + e);
        }
    }

    private IntakeOutcome handleLocked(ReceivedMessage message) {
        Optional<InboundLedger.Status> status = ledger.lock(message.inboundMessageId());
        if (status.isEmpty()) {
            return IntakeOutcome.BUSY;
        }
        switch (status.get()) {
            case PROCESSED:
                return IntakeOutcome.PROCESSED;
            case QUARANTINED:
                return IntakeOutcome.QUARANTINED;
            default:
                break;
        }
        if (message.attempt() > MAX_ATTEMPTS) {
            throw new UnprocessableMessageException(
                    "TOO_MANY_ATTEMPTS", "Đã thử xử lý " + MAX_ATTEMPTS + " lần không thành công.");
        }
        HandlingResult result = handler.handle(message);
        ledger.markProcessed(message.inboundMessageId(), result.messageClass(), result.note());
        return IntakeOutcome.PROCESSED;
    }

    private IntakeOutcome retryOrQuarantine(ReceivedMessage message, DataIntegrityViolationException e) {
        if (message.attempt() >= MAX_ATTEMPTS) {
            return quarantine(message, "ERROR", "Dữ liệu không lưu được: " + e.getMostSpecificCause());
        }
        throw e;
    }

    private IntakeOutcome quarantine(ReceivedMessage message, String reason, String detail) {
        return tx.execute(status -> {
            Optional<InboundLedger.Status> current = ledger.lock(message.inboundMessageId());
            if (current.isEmpty()) {
                return IntakeOutcome.BUSY;
            }
            if (current.get() != InboundLedger.Status.RECEIVED) {
                return current.get() == InboundLedger.Status.PROCESSED
                        ? IntakeOutcome.PROCESSED
                        : IntakeOutcome.QUARANTINED;
            }
            quarantine.add(message.inboundMessageId(), message.mailboxId(), message.rawSha256(), reason, detail);
            ledger.markQuarantined(message.inboundMessageId(), detail);
            log.warn("Thư {} được cách ly ({}): {}", message.inboundMessageId(), reason, detail);
            return IntakeOutcome.QUARANTINED;
        });
    }
}
