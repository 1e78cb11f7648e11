package vn.vanthu.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.account.internal.AccountRows;
import vn.vanthu.account.internal.AccountStateRows;

/**
 * The one delegate of a unit account: a deputy, teacher or staff member the head lets act for the unit under
 * the head's responsibility, with an account and password of their own.
 */
@Service
public class Delegations {

    private final AccountDirectory accounts;
    private final AccountRows rows;
    private final AccountStateRows state;
    private final AuditLog audit;

    public Delegations(AccountDirectory accounts, AccountRows rows, AccountStateRows state, AuditLog audit) {
        this.accounts = accounts;
        this.rows = rows;
        this.state = state;
        this.audit = audit;
    }

    /** Gives the unit a delegate; throws {@link IllegalStateException} when it already has one. */
    @Transactional
    public IssuedCredentials grant(Account head, String fullName, String email) {
        if (head.role() != Role.UNIT) {
            throw new AccessDeniedException("Chỉ tài khoản của đơn vị mới được ủy quyền.");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("Thiếu họ và tên người được ủy quyền.");
        }
        rows.lock(head.id()).orElseThrow();
        if (state.activeDelegate(head.id()).isPresent()) {
            throw new IllegalStateException("Đơn vị đã có người được ủy quyền; hãy thu hồi trước.");
        }
        IssuedCredentials issued =
                accounts.createNamedAfter(fullName, blankToNull(email), head.organizationId(), Role.DELEGATE);
        state.makeDelegate(issued.accountId(), head.id());
        audit.record(
                head.username(), head.id(), "DELEGATE_GRANTED", issued.username() + " (" + fullName.trim() + ")", null);
        return issued;
    }

    /** Ends the unit's delegation, if any: the delegate can no longer log in and is logged out. */
    @Transactional
    public void revoke(Account head, String actor) {
        rows.lock(head.id()).orElseThrow();
        state.activeDelegate(head.id()).ifPresent(delegateId -> {
            state.revoke(delegateId);
            String name = rows.find(delegateId).map(Account::username).orElse("?");
            audit.record(actor, head.id(), "DELEGATE_REVOKED", name, null);
        });
    }

    /** The unit account's standing delegate. */
    public Optional<Account> delegateOf(Account head) {
        return state.activeDelegate(head.id()).flatMap(rows::find);
    }

    /** The unit account a delegate acts for, while the delegation stands. */
    public Optional<Account> unitAccountOf(Account delegate) {
        if (delegate.role() != Role.DELEGATE) {
            return Optional.empty();
        }
        return state.delegateFor(delegate.id()).flatMap(rows::find);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
