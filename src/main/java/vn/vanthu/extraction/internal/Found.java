package vn.vanthu.extraction.internal;

/** A value read from a document with how sure the reader is of it (0..1). */
record Found<T>(T value, double confidence) {

    static <T> Found<T> none() {
        return new Found<>(null, 0);
    }

    static <T> Found<T> of(T value, double confidence) {
        return value == null ? none() : new Found<>(value, confidence);
    }

    boolean present() {
        return value != null;
    }
}
