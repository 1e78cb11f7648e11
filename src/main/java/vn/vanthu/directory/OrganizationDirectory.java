package vn.vanthu.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanthu.directory.internal.OrganizationRows;

/**
 * Keeps the tree of organizations: the root that runs this installation, the units under it at any depth,
 * and outside bodies, with their official addresses.
 */
@Service
@EnableConfigurationProperties(DirectoryProperties.class)
public class OrganizationDirectory {

    private final OrganizationRows rows;
    private final DirectoryProperties properties;
    private final String gatewayAddress;

    public OrganizationDirectory(
            OrganizationRows rows,
            DirectoryProperties properties,
            @Value("${vanthu.mail.gateway-address:vanthu@localhost}") String gatewayAddress) {
        this.rows = rows;
        this.properties = properties;
        this.gatewayAddress = gatewayAddress;
    }

    /** The root organization, created from the settings the first time it is asked for. */
    @Transactional
    public Organization root() {
        return rows.findRoot().orElseGet(this::createRoot);
    }

    /** An organization by id. */
    public Optional<Organization> find(long id) {
        return rows.find(id);
    }

    /** An organization by its short code, ignoring case. */
    public Optional<Organization> findByCode(String code) {
        return rows.findByCode(code);
    }

    /** The organizations one of whose official addresses is the given address. */
    public List<Organization> findByEmail(String email) {
        return email == null ? List.of() : rows.findByEmail(email.trim().toLowerCase(Locale.ROOT));
    }

    /** The organization and every organization below it, at any depth. */
    public List<Organization> subtree(long id) {
        return rows.subtree(id);
    }

    /** Whether {@code id} is {@code ancestorId} or lies below it; walks up from {@code id}, a few rows at most. */
    public boolean isWithin(long id, long ancestorId) {
        Long current = id;
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (current == ancestorId) {
                return true;
            }
            current = rows.parentOf(current).orElse(null);
        }
        return false;
    }

    /** Adds an organization. */
    @Transactional
    public Organization create(NewOrganization command) {
        try {
            return rows.insert(command);
        } catch (DuplicateKeyException e) {
            throw new DuplicateOrganizationException(command.code());
        }
    }

    /**
     * Changes an organization's name, code, kind, addresses, OrganId and head; its place in the tree stays,
     * unless the change names a new parent below which it does not already lie.
     */
    @Transactional
    public Organization update(long id, NewOrganization change) {
        Organization current = rows.find(id).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị " + id));
        Long parent = change.parentId() == null ? current.parentId() : change.parentId();
        if (parent != null && current.parentId() != null && isWithin(parent, id)) {
            throw new IllegalArgumentException("Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới.");
        }
        try {
            rows.update(id, parent, change);
        } catch (DuplicateKeyException e) {
            throw new DuplicateOrganizationException(change.code());
        }
        return rows.find(id).orElseThrow();
    }

    /** Records a new head of an organization (after a handover). */
    @Transactional
    public void changeHead(long id, String headName) {
        rows.changeHead(id, headName);
    }

    /**
     * Whether the organization wants the status of the documents it sent reported back by e-mail with an edXML
     * status message (assigned, in progress, done, refused); off unless an administrator turns it on.
     */
    public boolean wantsStatusReports(long id) {
        return rows.wantsStatusReports(id);
    }

    /** Turns the status reports of an organization on or off. */
    @Transactional
    public void setWantsStatusReports(long id, boolean wanted) {
        rows.setWantsStatusReports(id, wanted);
    }

    /** The organizations directly below one, by name. */
    public List<Organization> children(long id) {
        return rows.children(id);
    }

    private Organization createRoot() {
        String email = properties.rootEmail() == null ? gatewayAddress : properties.rootEmail();
        try {
            return rows.insert(new NewOrganization(
                    null,
                    properties.rootName(),
                    properties.rootCode(),
                    OrganizationKind.ROOT,
                    List.of(email),
                    null,
                    null));
        } catch (DuplicateKeyException e) {
            // Another node created it at the same moment.
            return rows.findRoot().orElseThrow(() -> e);
        }
    }
}
