package vn.vanthu.distribution;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.distribution.internal.CircularIssuer;

/**
 * Issues outgoing documents and sends them to units: numbered in the organization's outgoing register, delivered
 * into each recipient's own register and by e-mail. Also reserves numbers ahead, adds recipients, resends and
 * recalls.
 */
@Service
public class Circulars {

    private final CircularIssuer issuer;

    public Circulars(CircularIssuer issuer) {
        this.issuer = issuer;
    }

    /** Issues a document under the next outgoing number and sends it to every recipient. */
    @Transactional
    public IssuedCircular issue(NewCircular command) {
        return issuer.issue(command);
    }

    /** Takes the next outgoing number before the file is final (lấy số trước). */
    @Transactional
    public ReservedNumber reserve(
            long organizationId, String actor, String documentType, String unitCode, String subject) {
        return issuer.reserve(organizationId, actor, documentType, unitCode, subject);
    }

    /** Issues a reserved number with its final file and sends it. */
    @Transactional
    public IssuedCircular issueReserved(long documentId, NewCircular command) {
        return issuer.issueReserved(documentId, command);
    }

    /** Sends an issued document to more recipients; those who already have it are skipped. */
    @Transactional
    public List<Delivery> addRecipients(long documentId, long organizationId, String actor, List<Long> recipients) {
        return issuer.addRecipients(documentId, organizationId, actor, recipients);
    }

    /** Sends the delivery e-mail to one recipient again. */
    @Transactional
    public Delivery resend(long deliveryId, long organizationId, String actor) {
        return issuer.resend(deliveryId, organizationId, actor);
    }

    /** Recalls a document (thu hồi): each recipient's copy is marked recalled and each unit is told by e-mail. */
    @Transactional
    public void recall(long documentId, long organizationId, String actor, String reason) {
        issuer.recall(documentId, organizationId, actor, reason);
    }

    /**
     * Sends a reminder of an unconfirmed delivery, threaded under the delivery e-mail, if it is still due (checked
     * under a row lock, so two nodes never remind twice); returns whether one was sent.
     */
    @Transactional
    public boolean remind(long deliveryId, java.time.Duration firstAfter, int max) {
        return issuer.remind(deliveryId, firstAfter, max);
    }

    /** Sets an organization's symbol patterns ({@code {TYPE}}, {@code {ORG}}, {@code {UNIT}}). */
    @Transactional
    public void configureSymbols(long organizationId, String namedTypePattern, String letterPattern) {
        issuer.configureSymbols(organizationId, namedTypePattern, letterPattern);
    }
}
