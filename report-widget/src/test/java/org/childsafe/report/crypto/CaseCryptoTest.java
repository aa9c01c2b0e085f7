package org.childsafe.report.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.childsafe.lti.keys.application.KeyEncryptionKey;
import org.childsafe.report.cases.domain.AffectedPerson;
import org.childsafe.report.cases.domain.Answer;
import org.childsafe.report.cases.domain.CaseCode;
import org.childsafe.report.cases.domain.Category;
import org.childsafe.report.cases.domain.Priority;
import org.childsafe.report.cases.domain.ReportCase;
import org.childsafe.report.cases.domain.ReportMessage;
import org.childsafe.report.cases.domain.ReportSource;
import org.childsafe.report.cases.domain.SealedContent;
import org.junit.jupiter.api.Test;

class CaseCryptoTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyEncryptionKey first = key();
    private final KeyEncryptionKey second = key();

    @Test
    void sealedContentOpensAndContainsNoPlaintext() {
        CaseCrypto crypto = new CaseCrypto(new MasterKeyRing(first, List.of()));
        byte[] plain = "Someone sent threats to my friend on Zalo".getBytes(StandardCharsets.UTF_8);

        ReportCase c = stored(crypto, plain, 1L);

        assertThat(new String(c.contentEnc(), StandardCharsets.ISO_8859_1)).doesNotContain("Zalo");
        assertThat(c.masterKeyId()).isEqualTo(first.id());
        assertThat(crypto.openContent(c)).isEqualTo(plain);
    }

    @Test
    void eachCaseHasItsOwnDataKey() {
        CaseCrypto crypto = new CaseCrypto(new MasterKeyRing(first, List.of()));
        CaseCode code = CaseCode.random(RANDOM);

        SealedContent a = crypto.sealNew(code, new byte[] {1});
        SealedContent b = crypto.sealNew(code, new byte[] {1});

        assertThat(a.dataKeyWrapped()).isNotEqualTo(b.dataKeyWrapped());
        assertThat(a.contentEnc()).isNotEqualTo(b.contentEnc());
    }

    @Test
    void aMessageOpensOnlyOnItsOwnCase() {
        CaseCrypto crypto = new CaseCrypto(new MasterKeyRing(first, List.of()));
        ReportCase mine = stored(crypto, new byte[] {1}, 1L);
        ReportCase other = stored(crypto, new byte[] {1}, 2L);
        ReportMessage message = ReportMessage.fromReporter(mine, crypto.sealMessage(mine, "hi".getBytes()), NOW);
        ReportMessage moved = ReportMessage.fromReporter(other, message.bodyEnc(), NOW);

        assertThat(crypto.openMessage(mine, message)).isEqualTo("hi".getBytes());
        assertThrows(CaseDecryptionException.class, () -> crypto.openMessage(other, moved));
        assertThrows(IllegalArgumentException.class, () -> crypto.openMessage(other, message));
    }

    @Test
    void alteredContentFailsClosed() {
        CaseCrypto crypto = new CaseCrypto(new MasterKeyRing(first, List.of()));
        CaseCode code = CaseCode.random(RANDOM);
        SealedContent sealed = crypto.sealNew(code, new byte[] {1, 2, 3});
        byte[] tampered = sealed.contentEnc();
        tampered[tampered.length - 1] ^= 1;
        ReportCase intact = newCase(code, sealed, 1L);
        ReportCase altered = newCase(code, new SealedContent(sealed.masterKeyId(), sealed.dataKeyWrapped(), tampered), 1L);

        assertThat(crypto.openContent(intact)).containsExactly(1, 2, 3);
        CaseDecryptionException e = assertThrows(CaseDecryptionException.class, () -> crypto.openContent(altered));
        assertThat(e.getMessage()).contains("content");
    }

    @Test
    void rotationRewrapsDataKeysAndOldCasesStillOpen() {
        CaseCrypto before = new CaseCrypto(new MasterKeyRing(first, List.of()));
        ReportCase c = stored(before, "old report".getBytes(), 1L);
        CaseCrypto after = new CaseCrypto(new MasterKeyRing(second, List.of(first)));

        assertThat(after.openContent(c)).isEqualTo("old report".getBytes());
        c.rewrapDataKey(after.rewrap(c).orElseThrow(), after.currentMasterKeyId());

        CaseCrypto onlyNew = new CaseCrypto(new MasterKeyRing(second, List.of()));
        assertThat(c.masterKeyId()).isEqualTo(second.id());
        assertThat(onlyNew.openContent(c)).isEqualTo("old report".getBytes());
        assertThat(onlyNew.rewrap(c)).isEmpty();
    }

    @Test
    void aCaseWrappedByAnUnconfiguredMasterKeyFailsWithItsId() {
        ReportCase c = stored(new CaseCrypto(new MasterKeyRing(first, List.of())), new byte[] {1}, 1L);
        CaseCrypto other = new CaseCrypto(new MasterKeyRing(second, List.of()));

        CaseDecryptionException e = assertThrows(CaseDecryptionException.class, () -> other.openContent(c));

        assertThat(e.getMessage()).contains(first.id()).contains(c.code().value());
    }

    static KeyEncryptionKey key() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return KeyEncryptionKey.of(raw);
    }

    static ReportCase stored(CaseCrypto crypto, byte[] content, long id) {
        CaseCode code = CaseCode.random(RANDOM);
        ReportCase c = new ReportCase(1L, code, "hash", Set.of(Category.OTHER), Priority.MEDIUM, Answer.NO,
                AffectedPerson.ME, ReportSource.PUBLIC_PAGE, null, crypto.sealNew(code, content), NOW);
        setId(c, id);
        return c;
    }

    private static ReportCase newCase(CaseCode code, SealedContent sealed, long id) {
        ReportCase c = new ReportCase(1L, code, "hash", Set.of(Category.OTHER), Priority.MEDIUM,
                Answer.NO, AffectedPerson.ME, ReportSource.PUBLIC_PAGE, null, sealed, NOW);
        setId(c, id);
        return c;
    }

    /** Stands in for the database assigning the id. */
    static void setId(ReportCase c, long id) {
        try {
            Field field = ReportCase.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
