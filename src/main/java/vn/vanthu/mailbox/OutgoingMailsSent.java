package vn.vanthu.mailbox;

import java.util.List;

/**
 * Published for each batch of messages the SMTP server accepted; one event per batch keeps a circular to a
 * thousand units from costing a thousand event publications.
 *
 * @param sent the accepted messages
 */
public record OutgoingMailsSent(List<OutgoingMailSent> sent) {

    public OutgoingMailsSent {
        sent = List.copyOf(sent);
    }

    /** Whether the batch holds a message sent for this kind of reference ({@code DELIVERY}, …). */
    public boolean includes(String referenceType) {
        return sent.stream().anyMatch(mail -> referenceType.equals(mail.referenceType()));
    }
}
