package vn.vanthu.mailbox.internal;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.apache.camel.support.ScheduledPollConsumer;
import org.springframework.stereotype.Component;

/**
 * Polls a mailbox again at once, without waiting for the poll interval, while the last poll took messages: a
 * backlog (a morning's letters, a gateway back after a stop) drains at the intake's own pace. Camel's plain {@code
 * greedy} counts the messages a poll saw, taken or not, so a mailbox whose messages all fail for now (the disk
 * full, another node holding them) would be polled again and again without pause; here only taken ones count.
 */
@Component("greedyWhileTaking")
class GreedyWhileTaking extends DefaultPollingConsumerPollStrategy {

    private final MailIntake intake;

    GreedyWhileTaking(MailIntake intake) {
        this.intake = intake;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        intake.takenSinceAsked();
        return super.begin(consumer, endpoint);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        boolean progress = intake.takenSinceAsked() > 0;
        if (consumer instanceof ScheduledPollConsumer scheduled) {
            scheduled.setGreedy(progress);
        }
        super.commit(consumer, endpoint, polledMessages);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        if (consumer instanceof ScheduledPollConsumer scheduled) {
            scheduled.setGreedy(false);
        }
        return super.rollback(consumer, endpoint, retryCounter, cause);
    }
}
