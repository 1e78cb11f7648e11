package vn.vanthu.extraction.internal;

/** Expands the typographic ligatures (ﬁ, ﬀ, ﬂ …) that PDF text layers hand back as one character. */
final class Ligatures {

    private static final String[] EXPANSIONS = {"ff", "fi", "fl", "ffi", "ffl", "ft", "st"};

    private Ligatures() {}

    static String expand(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                out = out == null ? new StringBuilder(text.substring(0, i)) : out;
                out.append(EXPANSIONS[c - '\uFB00']);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
