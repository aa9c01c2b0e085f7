package org.childsafe.urlcheck.refresh;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.childsafe.lti.persistence.DatabaseMigrator;

/**
 * The feed files one refresh downloaded, in the database every instance shares ({@code urlcheck_feed_copy}), so
 * that the other instances build the same snapshot without downloading the feeds again.
 *
 * <h2>Why</h2>
 * Without this, every instance that follows a new generation downloads each remote feed itself: a cluster of
 * {@code n} instances asks the feed provider {@code n} times per refresh round, and an instance that downloads a
 * few seconds later may get a newer file than the one the refreshing instance validated, so instances could
 * answer differently for the same link. With copies there is one download per round per cluster and every
 * instance builds from the same bytes (ADR 0017).
 *
 * <h2>Storage</h2>
 * A download is identified by a random id the refreshing instance picks; each of its files is stored gzip
 * compressed, cut into rows of at most {@value #CHUNK_BYTES} bytes, written and read one row at a time, so that
 * neither side holds a whole feed in memory. The gzip trailer (CRC-32 and length) makes a copy that lost a row
 * unreadable instead of silently shorter. A download is published by naming its id in the lease row
 * ({@link FeedLease#publish(String, java.time.Instant, String)}); the publisher then deletes every download but
 * this one and the one before (an instance may still be restoring the previous generation when the next is
 * published).
 */
@ApplicationScoped
public class FeedCopies {

    /** Largest stored row: 1 MiB of compressed feed. */
    static final int CHUNK_BYTES = 1024 * 1024;

    @Inject
    DatabaseMigrator database;

    private DataSource fixed;

    protected FeedCopies() {
    }

    /** For tests outside the container. */
    public FeedCopies(DataSource dataSource) {
        this.fixed = dataSource;
    }

    /** Stores {@code file} as the copy of {@code source} in download {@code downloadId}. */
    public void store(String downloadId, String source, Path file) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO urlcheck_feed_copy (download_id, source_name, chunk_no, data) VALUES (?, ?, ?, ?)");
                InputStream in = Files.newInputStream(file)) {
            try (OutputStream out = new GZIPOutputStream(new ChunkWriter(insert, downloadId, source), 64 * 1024)) {
                in.transferTo(out);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the downloaded feed " + source + ".", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the downloaded feed " + source + ".", e);
        }
    }

    /**
     * Writes the stored copy of {@code source} in download {@code downloadId} to a new temporary file, which the
     * caller deletes; empty when there is no such copy.
     *
     * @throws UncheckedIOException when the copy is incomplete or damaged
     */
    public Optional<Path> restore(String downloadId, String source) {
        int chunks = chunkCount(downloadId, source);
        if (chunks == 0) {
            return Optional.empty();
        }
        Path compressed = null;
        Path file = null;
        try {
            compressed = Files.createTempFile("urlcheck-copy-", ".gz");
            try (Connection c = dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                    "SELECT data FROM urlcheck_feed_copy WHERE download_id = ? AND source_name = ? AND chunk_no = ?");
                    OutputStream out = Files.newOutputStream(compressed)) {
                select.setString(1, downloadId);
                select.setString(2, source);
                for (int chunk = 0; chunk < chunks; chunk++) {
                    select.setInt(3, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            throw new IOException("chunk " + chunk + " of " + chunks + " is missing");
                        }
                        out.write(rs.getBytes(1));
                    }
                }
            }
            file = Files.createTempFile("urlcheck-feed-", ".txt");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(compressed));
                    OutputStream out = Files.newOutputStream(file)) {
                in.transferTo(out);
            }
            return Optional.of(file);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("The stored copy of feed " + source + " is unreadable.", e);
        } catch (SQLException e) {
            delete(file);
            throw new IllegalStateException("Could not read the stored copy of feed " + source + ".", e);
        } finally {
            delete(compressed);
        }
    }

    /** Deletes every stored download but those named in {@code keep} (nulls ignored); returns the rows deleted. */
    public int deleteAllBut(String... keep) {
        List<String> kept = Arrays.stream(keep).filter(Objects::nonNull).distinct().toList();
        String sql = kept.isEmpty() ? "DELETE FROM urlcheck_feed_copy"
                : "DELETE FROM urlcheck_feed_copy WHERE download_id NOT IN (" + String.join(", ", Collections.nCopies(kept.size(), "?")) + ")";
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < kept.size(); i++) {
                ps.setString(i + 1, kept.get(i));
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete old feed copies.", e);
        }
    }

    private int chunkCount(String downloadId, String source) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM urlcheck_feed_copy WHERE download_id = ? AND source_name = ?")) {
            ps.setString(1, downloadId);
            ps.setString(2, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up the stored copy of feed " + source + ".", e);
        }
    }

    private DataSource dataSource() {
        return fixed != null ? fixed : database.dataSource();
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    /** Buffers compressed bytes and inserts one row per {@value FeedCopies#CHUNK_BYTES} bytes (and the rest on close). */
    private static final class ChunkWriter extends OutputStream {

        private final PreparedStatement insert;
        private final String downloadId;
        private final String source;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int filled;
        private int chunk;

        ChunkWriter(PreparedStatement insert, String downloadId, String source) {
            this.insert = insert;
            this.downloadId = downloadId;
            this.source = source;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == buffer.length) {
                    flushChunk();
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (filled > 0 || chunk == 0) {
                flushChunk();
            }
        }

        private void flushChunk() throws IOException {
            try {
                insert.setString(1, downloadId);
                insert.setString(2, source);
                insert.setInt(3, chunk++);
                insert.setBytes(4, Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
                filled = 0;
            } catch (SQLException e) {
                throw new IOException("Could not store a chunk of the feed copy.", e);
            }
        }
    }
}
