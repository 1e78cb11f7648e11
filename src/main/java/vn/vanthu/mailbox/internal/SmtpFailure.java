package vn.vanthu.mailbox.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What a failed send means: a 5xx answer is permanent and never retried; 4xx answers, connection errors and
 * everything else are temporary.
 *
 * @param permanent whether retrying cannot help
 * @param reason the server's answer, or the error
 */
record SmtpFailure(boolean permanent, String reason) {

    static SmtpFailure of(Exception e) {
        for (Throwable t = e; t != null; t = next(t)) {
            int code = code(t);
            if (code >= 500) {
                return new SmtpFailure(true, t.getMessage().trim());
            }
            if (code >= 400) {
                return new SmtpFailure(false, t.getMessage().trim());
            }
        }
        return new SmtpFailure(false, String.valueOf(e.getMessage()));
    }

    private static int code(Throwable t) {
        if (t instanceof SMTPAddressFailedException a) {
            return a.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException s) {
            return s.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException s) {
            return s.getReturnCode();
        }
        return -1;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SendFailedException send && send.getNextException() != null) {
            return send.getNextException();
        }
        if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
