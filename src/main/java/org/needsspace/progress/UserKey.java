package org.needsspace.progress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The only form in which a user is known to a store: a SHA-256 hash (hex) of the Alexa user id. */
public record UserKey(String value) {

    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");
    /**
     * Looked up once and never updated; each hash works on a clone of it, which is safe from any thread (a clone
     * is cheap, a provider lookup per turn is not).
     */
    private static final MessageDigest SHA_256 = sha256();

    public UserKey {
        if (value == null || !HEX_SHA_256.matcher(value).matches()) {
            throw new IllegalArgumentException("A user key is a 64-character hex SHA-256 hash");
        }
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
