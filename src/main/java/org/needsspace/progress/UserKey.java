package org.needsspace.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The only form in which a user is known to a store: a SHA-256 hash (hex) of the Alexa user id. */
public record UserKey(String value) {

    public UserKey {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A user key is a 64-character hex SHA-256 hash");
        }
    }

    public static UserKey of(String alexaUserId) {
        if (alexaUserId == null || alexaUserId.isBlank()) {
            throw new IllegalArgumentException("No user id");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(alexaUserId.getBytes(StandardCharsets.UTF_8));
            return new UserKey(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
