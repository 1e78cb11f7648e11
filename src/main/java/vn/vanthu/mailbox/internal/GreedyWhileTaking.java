package vn.vanthu.mailbox.internal;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.apache.camel.support.ScheduledPollConsumer;
import org.springframework.stereotype.Component;

/**
 * Polls a mailbox again at once, without waiting for the poll interval, while the last poll took messages out of
 * it: a backlog (a morning's letters, a gateway back after a stop) drains at the intake's own pace. Camel's plain
 * {@code greedy} counts the messages a poll saw, taken or not, so a mailbox whose messages all fail for now (the
 * disk full, another node holding them) would be polled again and again without pause; here a poll counts only when
 * it took messages and they left the mailbox: for IMAP, some moved (a mailbox whose moves fail waits the interval
 * too); for POP3, the route deletes them.
 */
@Component("greedyWhileTaking")
class GreedyWhileTaking extends DefaultPollingConsumerPollStrategy {

    private final MailIntake intake;
    private final ProcessedMoves moves;

    GreedyWhileTaking(MailIntake intake, ProcessedMoves moves) {
        this.intake = intake;
        this.moves = moves;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        intake.takenSinceAsked();
        moves.movedSinceAsked();
        return super.begin(consumer, endpoint);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        boolean moved = moves.movedSinceAsked();
        boolean progress = intake.takenSinceAsked() > 0 && moved && takenMessagesLeave(endpoint);
        if (consumer instanceof ScheduledPollConsumer scheduled) {
            scheduled.setGreedy(progress);
        }
        super.commit(consumer, endpoint, polledMessages);
    }

    /** IMAP messages leave by moving; POP3 ones only when deleted (else the next poll would find them all again). */
    private static boolean takenMessagesLeave(Endpoint endpoint) {
        if (!(endpoint instanceof MailEndpoint mail)) {
            return true;
        }
        MailConfiguration configuration = mail.getConfiguration();
        return configuration.getProtocol().startsWith("imap") || configuration.isDelete();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        if (consumer instanceof ScheduledPollConsumer scheduled) {
            scheduled.setGreedy(false);
        }
        return super.rollback(consumer, endpoint, retryCounter, cause);
    }
}
