package vn.vanthu.registry;

import java.time.OffsetDateTime;

/**
 * One entry of a document's history.
 *
 * @param at when
 * @param actor who acted ({@code hệ thống} for the gateway itself; "a thay mặt b" for a delegate)
 * @param action what happened ({@code RECEIVED}, {@code REGISTERED}, …)
 * @param detail details in Vietnamese, or {@code null}
 */
public record DocumentEvent(OffsetDateTime at, String actor, String action, String detail) {}
