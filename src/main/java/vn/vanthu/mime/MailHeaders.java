package vn.vanthu.mime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The headers of a message: names case-insensitive, values in order of appearance. */
public final class MailHeaders {

    private final Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** Appends a value for a header name. */
    public void add(String name, String value) {
        values.computeIfAbsent(name.trim(), n -> new ArrayList<>()).add(value == null ? "" : value);
    }

    /** The first value of a header, or {@code null}. */
    public String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** Every value of a header, in order. */
    public List<String> all(String name) {
        return Collections.unmodifiableList(values.getOrDefault(name, List.of()));
    }

    /** Whether the header is present. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** Whether the first value of the header, lower-cased, contains the given lower-case text. */
    public boolean contains(String name, String lowerCaseText) {
        String value = first(name);
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    /** The header names present. */
    public java.util.Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }
}
