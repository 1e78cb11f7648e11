package vn.vanthu.receipt.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vanthu.distribution.Delivery;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.registry.DocumentSummary;

/**
 * Finds the delivery a message answers, in order of trust: In-Reply-To/References to a recorded Message-ID, then
 * the plus-address token, then the subject token, then the sender plus the document number in the subject.
 */
@Component
class DeliveryMatcher {

    private final DeliveryBook deliveries;
    private final DocumentRegistry registry;
    private final UnitAddresses units;

    DeliveryMatcher(DeliveryBook deliveries, DocumentRegistry registry, UnitAddresses units) {
        this.deliveries = deliveries;
        this.registry = registry;
        this.units = units;
    }

    Optional<Delivery> match(ReceiptKeys keys) {
        for (String messageId : keys.messageIds()) {
            Optional<Delivery> found = deliveries.findByMessageId(messageId);
            if (found.isPresent()) {
                return found;
            }
        }
        return byTokens(keys.tokens()).or(() -> byNumberAndSender(keys));
    }

    /** A delivery named by the original message of a report (bounce or read receipt). */
    Optional<Delivery> byOriginal(String messageId, String token) {
        Optional<Delivery> found = messageId == null ? Optional.empty() : deliveries.findByMessageId(messageId);
        return found.isPresent() || token == null ? found : deliveries.findByToken(token);
    }

    private Optional<Delivery> byTokens(List<String> tokens) {
        for (String token : tokens) {
            Optional<Delivery> found = deliveries.findByToken(token);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Only a unit's own address can be matched by number: a number alone names no recipient. */
    private Optional<Delivery> byNumberAndSender(ReceiptKeys keys) {
        if (keys.documentCode() == null || keys.from() == null) {
            return Optional.empty();
        }
        List<Long> senders = units.organizationsOf(keys.from());
        if (senders.isEmpty()) {
            return Optional.empty();
        }
        List<Long> documents = registry.findOutgoingNumbered(keys.documentCode().codeNumber()).stream()
                .filter(d -> d.codeNotation() != null
                        && keys.documentCode().sameAs(new DocumentCode(d.codeNumber(), d.codeNotation())))
                .map(DocumentSummary::id)
                .toList();
        return deliveries.toOrganizations(documents, senders).stream()
                .max(java.util.Comparator.comparing(Delivery::id));
    }
}
