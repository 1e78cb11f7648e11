package vn.vanthu.distribution;

import java.time.OffsetDateTime;

/**
 * Published when a recipient first confirms receipt of a delivery.
 *
 * @param deliveryId the delivery
 * @param documentId the outgoing document
 * @param organizationId the recipient
 * @param via how it was confirmed
 * @param at when
 */
public record DeliveryConfirmed(
        long deliveryId, long documentId, long organizationId, ConfirmationChannel via, OffsetDateTime at) {}
