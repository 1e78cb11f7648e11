package vn.vanthu.account.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vanthu.account.AccessPolicy;
import vn.vanthu.account.Account;
import vn.vanthu.account.CurrentAccount;
import vn.vanthu.account.EnrolledUnit;
import vn.vanthu.account.NewUnit;
import vn.vanthu.account.UnitEnrolment;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationKind;

/** {@code POST/GET /api/organizations} of the outside contract: units with their accounts named after heads. */
@RestController
@RequestMapping("/api/organizations")
class OrganizationApiController {

    /** The body of {@code POST}: the contract's keys, plus optional {@code kind} and {@code organId}. */
    record NewUnitJson(
            String name,
            String code,
            String email,
            String headName,
            Long parentId,
            OrganizationKind kind,
            String organId) {}

    record AccountJson(String username, String temporaryPassword) {}

    record CreatedJson(long id, String name, String code, String email, AccountJson account) {}

    record UnitJson(long id, String name, String code, String email, Long parentId) {}

    private final UnitEnrolment enrolment;
    private final CurrentAccount current;
    private final AccessPolicy access;

    OrganizationApiController(UnitEnrolment enrolment, CurrentAccount current, AccessPolicy access) {
        this.enrolment = enrolment;
        this.current = current;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedJson create(@RequestBody NewUnitJson body) {
        if (body.email() == null || body.email().isBlank()) {
            throw new IllegalArgumentException("Thiếu địa chỉ thư điện tử (email) của đơn vị.");
        }
        Account caller = current.get();
        EnrolledUnit unit = enrolment.enrol(
                caller,
                new NewUnit(
                        body.parentId(),
                        body.name(),
                        body.code(),
                        List.of(body.email()),
                        body.headName(),
                        body.kind(),
                        body.organId()),
                current.actorOf(caller));
        Organization o = unit.organization();
        return new CreatedJson(
                o.id(),
                o.name(),
                o.code(),
                o.primaryEmail(),
                new AccountJson(unit.account().username(), unit.account().temporaryPassword()));
    }

    @GetMapping
    List<UnitJson> list() {
        return access.visibleOrganizations(current.get()).stream()
                .map(o -> new UnitJson(o.id(), o.name(), o.code(), o.primaryEmail(), o.parentId()))
                .toList();
    }
}
