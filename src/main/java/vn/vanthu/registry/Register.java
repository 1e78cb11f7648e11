package vn.vanthu.registry;

/**
 * A register (sổ) of an organization.
 *
 * @param id the identifier
 * @param organizationId whose register
 * @param direction incoming (sổ đến) or outgoing (sổ đi)
 * @param code its short code ({@code DEN}, {@code DI})
 * @param name its name ("Sổ đăng ký văn bản đến")
 */
public record Register(long id, long organizationId, Direction direction, String code, String name) {}
