package org.childsafe.lti.keys.application;

/** Factories for tool-key tests. The KEKs are fixed so failures are reproducible. */
public final class ToolKeyTestData {

    private ToolKeyTestData() {
    }

    public static KeyEncryptionKey kek() {
        return KeyEncryptionKey.of(bytes(32, 1));
    }

    public static KeyEncryptionKey otherKek() {
        return KeyEncryptionKey.of(bytes(32, 2));
    }

    public static KeyCipher cipher() {
        return new KeyCipher(kek());
    }

    static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i);
        }
        return bytes;
    }
}
