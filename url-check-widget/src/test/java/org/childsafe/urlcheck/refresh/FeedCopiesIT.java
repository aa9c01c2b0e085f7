package org.childsafe.urlcheck.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;
import org.childsafe.lti.persistence.PersistenceFixture;
import org.childsafe.lti.persistence.TestDatabase;
import org.childsafe.urlcheck.school.UrlCheckTestDatabase;
import org.childsafe.lti.persistence.TestPersistence;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Stored feed downloads on H2 and PostgreSQL: a file larger than one row comes back byte for byte, a missing copy
 * is empty, a copy that lost a row is refused rather than read short, and only the published download is kept.
 */
class FeedCopiesIT {

    @RegisterExtension
    static final TestPersistence persistence = UrlCheckTestDatabase.persistence();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aFileOfSeveralRowsComesBackByteForByte(TestDatabase database) throws IOException {
        FeedCopies copies = new FeedCopies(persistence.on(database).dataSource());
        byte[] incompressible = new byte[FeedCopies.CHUNK_BYTES * 2 + 12_345];
        new Random(7).nextBytes(incompressible);
        Path file = Files.write(dir.resolve("feed.bin"), incompressible);

        copies.store("download-1-" + database, "mirror", file);
        Optional<Path> restored = copies.restore("download-1-" + database, "mirror");

        assertThat(restored).isPresent();
        try {
            assertThat(Files.readAllBytes(restored.get())).isEqualTo(incompressible);
        } finally {
            Files.delete(restored.get());
        }
        assertThat(copies.restore("download-1-" + database, "other")).isEmpty();
        assertThat(copies.restore("no-such-download", "mirror")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aCopyThatLostARowIsRefusedAndOnlyThePublishedDownloadIsKept(TestDatabase database) throws Exception {
        PersistenceFixture db = persistence.on(database);
        FeedCopies copies = new FeedCopies(db.dataSource());
        byte[] data = new byte[FeedCopies.CHUNK_BYTES * 2];
        new Random(8).nextBytes(data);
        Path file = Files.write(dir.resolve("big.bin"), data);
        Path small = Files.writeString(dir.resolve("small.txt"), "bad.example\n");
        copies.store("damaged-" + database, "mirror", file);
        copies.store("kept-" + database, "mirror", small);
        execute(db, "DELETE FROM urlcheck_feed_copy WHERE download_id = 'damaged-" + database + "' AND chunk_no = 1");

        assertThrows(UncheckedIOException.class, () -> copies.restore("damaged-" + database, "mirror"));

        assertThat(copies.deleteAllBut("kept-" + database)).isPositive();
        assertThat(copies.restore("damaged-" + database, "mirror")).isEmpty();
        Path kept = copies.restore("kept-" + database, "mirror").orElseThrow();
        assertThat(Files.readString(kept)).isEqualTo("bad.example\n");
        Files.delete(kept);
    }

    private static void execute(PersistenceFixture db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
