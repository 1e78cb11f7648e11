package vn.vanthu.registry.internal;

/** Small helpers for text going into columns of fixed width. */
final class Text {

    private Text() {}

    /** The text cut to at most {@code max} characters, or {@code null}. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
