package vn.vanthu.distribution.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vanthu.directory.Organization;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.directory.OrganizationKind;

/**
 * Who an organization may send documents to: the units below it (circulars), the offices above it (units
 * sending up), and outside bodies. Not itself, and not sideways into another office's tree.
 */
@Component
class RecipientPolicy {

    private final OrganizationDirectory organizations;

    RecipientPolicy(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    List<Organization> resolve(Organization sender, List<Long> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Chưa chọn nơi nhận.");
        }
        List<Organization> recipients = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            Organization recipient =
                    organizations.find(id).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị " + id));
            if (!allowed(sender, recipient)) {
                throw new AccessDeniedException("Không được gửi văn bản tới " + recipient.name());
            }
            recipients.add(recipient);
        }
        return recipients;
    }

    private boolean allowed(Organization sender, Organization recipient) {
        if (recipient.id() == sender.id()) {
            return false;
        }
        return recipient.kind() == OrganizationKind.EXTERNAL
                || organizations.isWithin(recipient.id(), sender.id())
                || organizations.isWithin(sender.id(), recipient.id());
    }
}
