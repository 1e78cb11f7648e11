package vn.vanthu.mailbox.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.apache.camel.Endpoint;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.Test;

/** A mailbox is polled again at once only after a poll that took messages, not one whose messages all failed. */
class GreedyWhileTakingTests {

    final MailIntake intake = mock(MailIntake.class);
    final ProcessedMoves moves = mock(ProcessedMoves.class);
    final ScheduledPollConsumer consumer = mock(ScheduledPollConsumer.class);
    final Endpoint endpoint = mock(Endpoint.class);
    final GreedyWhileTaking strategy = new GreedyWhileTaking(intake, moves);

    @Test
    void pollsAgainAtOnceAfterAPollThatTookMessages() {
        strategy.begin(consumer, endpoint);
        when(intake.takenSinceAsked()).thenReturn(3);
        when(moves.movedSinceAsked()).thenReturn(true);
        strategy.commit(consumer, endpoint, 3);
        verify(consumer).setGreedy(true);
    }

    @Test
    void waitsThePollIntervalWhenThePollsMessagesCouldNotBeMoved() {
        strategy.begin(consumer, endpoint);
        when(intake.takenSinceAsked()).thenReturn(3);
        // Taken (found handled) but still in the folder: polling at once would only take them again.
        when(moves.movedSinceAsked()).thenReturn(false);
        strategy.commit(consumer, endpoint, 3);
        verify(consumer).setGreedy(false);
    }

    @Test
    void waitsThePollIntervalAfterAPollWhoseMessagesAllFailedForNow() {
        strategy.begin(consumer, endpoint);
        when(intake.takenSinceAsked()).thenReturn(0);
        when(moves.movedSinceAsked()).thenReturn(true);
        // Camel counts the 20 messages seen; none was taken (the disk full, another node holding them).
        strategy.commit(consumer, endpoint, 20);
        verify(consumer).setGreedy(false);
    }

    @Test
    void waitsThePollIntervalForAPop3MailboxThatKeepsItsMessages() {
        MailEndpoint pop3 = mock(MailEndpoint.class);
        MailConfiguration configuration = new MailConfiguration();
        configuration.configureProtocol("pop3");
        configuration.setDelete(false);
        when(pop3.getConfiguration()).thenReturn(configuration);
        strategy.begin(consumer, pop3);
        when(intake.takenSinceAsked()).thenReturn(3);
        when(moves.movedSinceAsked()).thenReturn(true);
        strategy.commit(consumer, pop3, 3);
        verify(consumer).setGreedy(false);

        configuration.setDelete(true);
        strategy.commit(consumer, pop3, 3);
        verify(consumer).setGreedy(true);
    }

    @Test
    void waitsThePollIntervalAfterAFailedPoll() throws Exception {
        strategy.begin(consumer, endpoint);
        strategy.rollback(consumer, endpoint, 0, new IllegalStateException("server gone"));
        verify(consumer).setGreedy(false);
    }
}
