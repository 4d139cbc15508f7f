package dev.mmsys.app.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The REST token check: {@code Authorization: Bearer <mmsys.rest.token>}. Both sides are hashed before the
 * constant-time comparison, so neither the token's content nor its length leaks through timing.
 */
public final class BearerToken {

    private final byte[] expected;

    /** @param token the configured token; empty means no authentication */
    public BearerToken(String token) {
        this.expected = token.isEmpty() ? null : sha256(token);
    }

    public boolean required() {
        return expected != null;
    }

    /** Throws 401 unless the header carries the token (or none is configured). */
    public void check(String authorization) {
        if (expected == null) {
            return;
        }
        if (authorization == null || authorization.isBlank()) {
            throw new RestError(401, "Authorization", "this server needs a token: send the header "
                    + "'Authorization: Bearer <token>' with the value of mmsys.rest.token");
        }
        String a = authorization.strip();
        if (a.length() < 7 || !a.substring(0, 7).equalsIgnoreCase("Bearer ")) {
            throw new RestError(401, "Authorization", "use the Bearer scheme: 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(expected, sha256(a.substring(7).strip()))) {
            throw new RestError(401, "Authorization", "the bearer token is wrong; use the value of mmsys.rest.token");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
