package vn.vanthu.web.internal;

/**
 * The error body of the outside contract.
 *
 * @param error a short machine-readable code
 * @param message what went wrong, in Vietnamese
 */
record ApiError(String error, String message) {}
