package org.childsafe.urlcheck.feeds;

/**
 * The compact index: sorted 52-bit fingerprint keys in a {@code long[]}, a parallel {@code short[]} of
 * category-set ids, and a bucket directory ({@code int[]} of start offsets by the top bits of the key) so a
 * lookup reads one directory slot and then a handful of neighbouring keys — one or two cache lines, where a
 * plain binary search over 5 M keys would touch twenty-odd.
 *
 * <h2>Memory</h2>
 * Per entry 8 bytes (key) + 2 bytes (set id) + about 1 byte of directory (one {@code int} per four entries):
 * about 11 bytes, no object per entry. Keys keep 52 of the fingerprint's 64 bits because the build packs a
 * 12-bit list id beside them to sort and merge in one {@code long[]}.
 *
 * <p>Immutable after construction; safe to read from any number of threads.
 */
final class FingerprintIndex {

    static final int KEY_BITS = 52;
    static final long KEY_MASK = (1L << KEY_BITS) - 1;

    private final long[] keys;
    private final short[] sets;
    private final int[] directory;
    private final int shift;

    FingerprintIndex(long[] keys, short[] sets, int size) {
        this.keys = keys.length == size ? keys : java.util.Arrays.copyOf(keys, size);
        this.sets = sets.length == size ? sets : java.util.Arrays.copyOf(sets, size);
        int bits = 4;
        while (bits < 24 && (1L << (bits + 2)) < size) {
            bits++; // about four keys per bucket
        }
        this.shift = KEY_BITS - bits;
        this.directory = new int[(1 << bits) + 1];
        int k = 0;
        for (int b = 0; b <= 1 << bits; b++) {
            while (k < size && (this.keys[k] >>> shift) < b) {
                k++;
            }
            directory[b] = k;
        }
    }

    static FingerprintIndex empty() {
        return new FingerprintIndex(new long[0], new short[0], 0);
    }

    /** @return the key kept for a 64-bit fingerprint */
    static long key(long fingerprint) {
        return fingerprint >>> (64 - KEY_BITS);
    }

    /** @return the category-set id of the fingerprint, or -1 */
    int find(long fingerprint) {
        long key = key(fingerprint);
        int b = (int) (key >>> shift);
        int end = directory[b + 1];
        for (int i = directory[b]; i < end; i++) {
            long k = keys[i];
            if (k == key) {
                return sets[i] & 0xFFFF;
            }
            if (k > key) {
                return -1;
            }
        }
        return -1;
    }

    int size() {
        return keys.length;
    }

    /** @return bytes held by the arrays (keys, set ids, directory), without the fixed object headers */
    long bytes() {
        return 8L * keys.length + 2L * sets.length + 4L * directory.length;
    }
}
