package vn.vanthu.registry;

/**
 * A button or link another module offers on a document's page ("Theo dõi phát hành", "Xác nhận đã nhận").
 *
 * @param labelKey the message key of its label
 * @param url where it leads
 * @param post whether it is a form posted with the page's CSRF token (an action) rather than a link
 */
public record DocumentAction(String labelKey, String url, boolean post) {}
