package vn.vanthu.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vanthu.account.ImportReport.RowError;
import vn.vanthu.directory.NewOrganization;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;

/**
 * Adds units to the directory, each with its account named after its head, one at a time or from an imported
 * list; an imported list is taken whole or not at all.
 */
@Service
public class UnitEnrolment {

    private final OrganizationDirectory organizations;
    private final AccountDirectory accounts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    public UnitEnrolment(
            OrganizationDirectory organizations,
            AccountDirectory accounts,
            AccessPolicy access,
            AuditLog audit,
            TransactionTemplate transaction) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Adds one unit under its parent (default: the caller's organization), where the caller may manage. */
    @Transactional
    public EnrolledUnit enrol(Account caller, NewUnit unit, String actor) {
        long parentId = unit.parentId() == null ? caller.organizationId() : unit.parentId();
        organizations.find(parentId).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị cấp trên."));
        access.checkMayManage(caller, parentId);
        if (unit.headName() == null || unit.headName().isBlank()) {
            throw new IllegalArgumentException("Thiếu họ và tên thủ trưởng đơn vị (tên tài khoản).");
        }
        Organization organization = organizations.create(new NewOrganization(
                parentId, unit.name(), unit.code(), unit.kind(), unit.emails(), unit.organId(), unit.headName()));
        IssuedCredentials credentials =
                accounts.createNamedAfter(unit.headName(), organization.primaryEmail(), organization.id(), Role.UNIT);
        audit.record(
                actor,
                credentials.accountId(),
                "ACCOUNT_CREATED",
                organization.code() + ": " + credentials.username(),
                null);
        return new EnrolledUnit(organization, credentials);
    }

    /** Adds every unit of a list under {@code parentId}, or none when any row is wrong. */
    public ImportReport importUnits(Account caller, long parentId, List<UnitRow> rows, String actor) {
        access.checkMayManage(caller, parentId);
        List<RowError> errors = check(rows);
        if (!errors.isEmpty()) {
            return new ImportReport(List.of(), errors);
        }
        try {
            return new ImportReport(transaction.execute(status -> enrolAll(caller, parentId, rows, actor)), List.of());
        } catch (RuntimeException e) {
            return new ImportReport(
                    List.of(), List.of(new RowError(0, "Không nhập được danh sách: " + e.getMessage())));
        }
    }

    private List<EnrolledUnit> enrolAll(Account caller, long parentId, List<UnitRow> rows, String actor) {
        List<EnrolledUnit> created = new ArrayList<>();
        for (UnitRow row : rows) {
            long parent = blank(row.parentCode())
                    ? parentId
                    : organizations
                            .findByCode(row.parentCode().trim())
                            .orElseThrow()
                            .id();
            created.add(enrol(caller, unit(row, parent), actor));
        }
        return created;
    }

    private List<RowError> check(List<UnitRow> rows) {
        List<RowError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            errors.add(new RowError(0, "Danh sách không có đơn vị nào."));
        }
        Set<String> codes = new HashSet<>();
        for (UnitRow row : rows) {
            try {
                new NewOrganization(
                        null,
                        row.name(),
                        row.code(),
                        kind(row.kind()),
                        emails(row.emails()),
                        row.organId(),
                        row.headName());
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row.row(), e.getMessage()));
                continue;
            }
            String code = row.code().trim().toLowerCase(Locale.ROOT);
            if (!codes.add(code) || organizations.findByCode(code).isPresent()) {
                errors.add(new RowError(
                        row.row(), "Mã đơn vị đã được dùng: " + row.code().trim()));
            }
            if (blank(row.headName())) {
                errors.add(new RowError(row.row(), "Thiếu họ và tên thủ trưởng đơn vị."));
            }
            if (!blank(row.parentCode())
                    && !codes.contains(row.parentCode().trim().toLowerCase(Locale.ROOT))
                    && organizations.findByCode(row.parentCode().trim()).isEmpty()) {
                errors.add(new RowError(
                        row.row(),
                        "Không có đơn vị cấp trên mã " + row.parentCode().trim()));
            }
        }
        return errors;
    }

    private static NewUnit unit(UnitRow row, long parentId) {
        return new NewUnit(
                parentId,
                row.name(),
                row.code().trim(),
                emails(row.emails()),
                row.headName(),
                kind(row.kind()),
                row.organId());
    }

    private static List<String> emails(String cell) {
        return blank(cell)
                ? List.of()
                : Arrays.stream(cell.split("[;,\\s]+"))
                        .filter(e -> !e.isBlank())
                        .toList();
    }

    /** The kind named by an enum name or a Vietnamese word; a school when blank. */
    static OrganizationKind kind(String cell) {
        if (blank(cell)) {
            return OrganizationKind.SCHOOL;
        }
        String word = Usernames.fromFullName(cell);
        for (OrganizationKind kind : OrganizationKind.values()) {
            if (kind.name().equalsIgnoreCase(word)) {
                return kind;
            }
        }
        if (word.startsWith("truong") || word.startsWith("mamnon")) {
            return OrganizationKind.SCHOOL;
        }
        if (word.startsWith("phong") || word.startsWith("ubnd") || word.startsWith("uyban")) {
            return OrganizationKind.OFFICE;
        }
        if (word.startsWith("so")) {
            return OrganizationKind.DEPARTMENT;
        }
        return word.startsWith("bo") ? OrganizationKind.MINISTRY : OrganizationKind.OTHER;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
