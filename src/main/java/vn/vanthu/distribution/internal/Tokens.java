package vn.vanthu.distribution.internal;

import java.security.SecureRandom;

/** Random, unguessable delivery tokens: 20 characters of a lower-case base-32 alphabet, 100 bits. */
final class Tokens {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String next() {
        char[] token = new char[20];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }
}
