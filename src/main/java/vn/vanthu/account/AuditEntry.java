package vn.vanthu.account;

import java.time.OffsetDateTime;

/**
 * One line of the audit log.
 *
 * @param at when
 * @param actor who acted ("a thay mặt b" for a delegate), or the login name tried
 * @param accountId the account concerned, or {@code null}
 * @param action what happened ({@code LOGIN}, {@code LOGIN_FAILED}, {@code LOCKED}, {@code PASSWORD_CHANGED},
 *     {@code DELEGATE_GRANTED}, {@code DELEGATE_REVOKED}, {@code HANDOVER}, …)
 * @param detail details, or {@code null}
 * @param remoteAddress the client's address, or {@code null}
 */
public record AuditEntry(
        OffsetDateTime at, String actor, Long accountId, String action, String detail, String remoteAddress) {}
