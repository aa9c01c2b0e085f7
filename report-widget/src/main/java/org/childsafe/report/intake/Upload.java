package org.childsafe.report.intake;

import java.util.Objects;

/**
 * A file as the browser sent it. Only the bytes are used: the name and the declared type are never trusted or
 * stored.
 */
public record Upload(byte[] bytes) {

    public Upload {
        bytes = Objects.requireNonNull(bytes, "Bytes are required.").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
