package org.needsspace.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UserKeyTest {

    @Test
    void aUserIsKnownOnlyByTheSha256HexOfTheirAlexaUserId() {
        // sha256("abc"), the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", UserKey.of("abc").value());
        assertEquals(UserKey.of("amzn1.ask.account.A"), UserKey.of("amzn1.ask.account.A"));
        assertNotEquals(UserKey.of("amzn1.ask.account.A"), UserKey.of("amzn1.ask.account.B"));
    }

    @Test
    void noUserIdNoKey() {
        assertThrows(IllegalArgumentException.class, () -> UserKey.of(null));
        assertThrows(IllegalArgumentException.class, () -> UserKey.of("  "));
    }

    @Test
    void aKeyIsSixtyFourLowerCaseHexDigitsAndNothingElse() {
        String valid = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(valid, new UserKey(valid).value());
        for (String invalid : new String[] {null, "", valid.substring(1), valid + "0", valid.toUpperCase(),
                valid.substring(0, 63) + "g", valid.substring(0, 63) + " ", "amzn1.ask.account.raw-user-id"}) {
            assertThrows(IllegalArgumentException.class, () -> new UserKey(invalid), String.valueOf(invalid));
        }
    }
}
