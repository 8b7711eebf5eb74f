package org.needsspace.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The only form in which a user is known to a store: a SHA-256 hash (hex) of the Alexa user id. */
public record UserKey(String value) {

    private static final int HEX_LENGTH = 64;
    /**
     * Looked up once and never updated; each hash works on a clone of it, which is safe from any thread (a clone
     * is cheap, a provider lookup per turn is not).
     */
    private static final MessageDigest SHA_256 = sha256();

    public UserKey {
        if (!isLowerHexSha256(value)) {
            throw new IllegalArgumentException("A user key is a 64-character hex SHA-256 hash");
        }
    }

    /** A loop, not a regex: every turn that touches the store builds a key, and a regex match cost most of that. */
    private static boolean isLowerHexSha256(String value) {
        if (value == null || value.length() != HEX_LENGTH) {
            return false;
        }
        for (int i = 0; i < HEX_LENGTH; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    public static UserKey of(String alexaUserId) {
        if (alexaUserId == null || alexaUserId.isBlank()) {
            throw new IllegalArgumentException("No user id");
        }
        byte[] hash = freshDigest().digest(alexaUserId.getBytes(StandardCharsets.UTF_8));
        return new UserKey(HexFormat.of().formatHex(hash));
    }

    private static MessageDigest freshDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
