package vn.vanthu.mailbox.internal;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.apache.camel.component.mail.DefaultMailUidGenerator;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.springframework.stereotype.Component;

/**
 * The key the mail consumer gives each message of a poll: for IMAP its UID, asked for the whole poll in one FETCH
 * with the flags the consumer reads next (Camel's default asks each message for its {@code Message-ID}, then for its
 * flags: two round trips per message); for POP3 Camel's own key, which it uses to find the message again.
 */
@Component("mailUids")
class MailUids implements MailUidGenerator {

    private final MailUidGenerator pop3 = new DefaultMailUidGenerator();
    private final RawMessageFetcher fetcher;

    MailUids(RawMessageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        try {
            long uid = fetcher.describedUid(message);
            if (uid >= 0) {
                return "uid:" + uid;
            }
        } catch (MessagingException e) {
            // Then the default key, asked message by message.
        }
        return pop3.generateUuid(endpoint, message);
    }
}
