package org.needsspace.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Serve mode's TLS and read-time options; the keystore's password comes from the environment only. */
class ServeOptionsTest {

    @Test
    void withoutAKeystoreServeModeSpeaksPlainHttp() {
        assertEquals(Optional.empty(), ServeOptions.parse(List.of(), Map.of("KEYSTORE_PASSWORD", "unused")).tls());
    }

    @Test
    void theKeystorePasswordIsReadFromKeystorePasswordUnlessAnotherVariableIsNamed() {
        ServeOptions byDefault = ServeOptions.parse(List.of("--keystore", "serve.p12"),
                Map.of("KEYSTORE_PASSWORD", "from-default"));
        ServeOptions named = ServeOptions.parse(List.of("--keystore", "serve.p12", "--keystore-password-env", "MY_PW"),
                Map.of("KEYSTORE_PASSWORD", "not-this-one", "MY_PW", "from-named"));

        assertEquals(Optional.of(new ServeTls(Path.of("serve.p12"), "from-default")), byDefault.tls());
        assertEquals(Optional.of(new ServeTls(Path.of("serve.p12"), "from-named")), named.tls());
    }

    @Test
    void aKeystoreWithoutItsPasswordVariableIsRefusedNamingTheVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ServeOptions.parse(
                List.of("--keystore", "serve.p12", "--keystore-password-env", "MY_PW"), Map.of()));
        assertTrue(refused.getMessage().contains("MY_PW"), refused.getMessage());
    }

    @Test
    void thePasswordIsNeverPrinted() {
        ServeOptions options = ServeOptions.parse(List.of("--keystore", "serve.p12"),
                Map.of("KEYSTORE_PASSWORD", "s3cret-value"));
        assertFalse(options.toString().contains("s3cret-value"), options.toString());
    }

    @Test
    void theReadTimeLimitIsFiveSecondsUnlessSet() {
        assertEquals(Duration.ofSeconds(5), ServeOptions.parse(List.of(), Map.of()).limits().readTime());
        assertEquals(Duration.ofSeconds(12),
                ServeOptions.parse(List.of("--read-time-limit", "12"), Map.of()).limits().readTime());
        assertThrows(IllegalArgumentException.class,
                () -> ServeOptions.parse(List.of("--read-time-limit", "0"), Map.of()));
    }
}
