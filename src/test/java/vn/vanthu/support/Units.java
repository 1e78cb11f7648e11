package vn.vanthu.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vanthu.account.Account;
import vn.vanthu.account.AccountDirectory;
import vn.vanthu.account.EnrolledUnit;
import vn.vanthu.account.IssuedCredentials;
import vn.vanthu.account.NewUnit;
import vn.vanthu.account.Role;
import vn.vanthu.account.UnitEnrolment;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;

/** Builds units, offices and staff accounts for tests sharing one database: codes never repeat. */
public final class Units {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UnitEnrolment enrolment;
    private final AccountDirectory accounts;
    private final OrganizationDirectory organizations;

    public Units(UnitEnrolment enrolment, AccountDirectory accounts, OrganizationDirectory organizations) {
        this.enrolment = enrolment;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    /** The administrator created at start-up. */
    public Account admin() {
        return accounts.findByUsername("admin").orElseThrow();
    }

    /** A new unique code with a prefix. */
    public static String code(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "X" + (System.nanoTime() % 100000);
    }

    /** A school under the root with its account named after the head. */
    public EnrolledUnit school(String name, String headName) {
        return under(organizations.root().id(), name, headName, OrganizationKind.SCHOOL);
    }

    /** A unit under a parent. */
    public EnrolledUnit under(long parentId, String name, String headName, OrganizationKind kind) {
        String code = code("T");
        return enrolment.enrol(
                admin(),
                new NewUnit(parentId, name, code, List.of(code.toLowerCase() + "@truong.edu.vn"), headName, kind, null),
                "admin");
    }

    /** A staff account (clerk, leader) of an organization, with a temporary password. */
    public IssuedCredentials staff(long organizationId, String fullName, Role role) {
        return accounts.createNamedAfter(fullName, null, organizationId, role);
    }

    /** Replaces a temporary password by a permanent one and returns it. */
    public String activate(IssuedCredentials credentials) {
        String password = "Matkhau" + SEQUENCE.incrementAndGet() + "2026";
        accounts.changePassword(credentials.accountId(), credentials.temporaryPassword(), password, "test");
        return password;
    }
}
