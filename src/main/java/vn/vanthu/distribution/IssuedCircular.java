package vn.vanthu.distribution;

import java.util.List;
import vn.vanthu.registry.DocumentSummary;

/**
 * An issued outgoing document and its deliveries.
 *
 * @param document its line in the outgoing register
 * @param deliveries one per recipient
 */
public record IssuedCircular(DocumentSummary document, List<Delivery> deliveries) {}
