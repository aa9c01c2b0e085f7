package org.childsafe.lessons.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.childsafe.lessons.pack.LessonPackTestData;
import org.childsafe.lessons.pack.PackFiles;
import org.childsafe.lessons.pack.PackProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundled plus operator packs: a broken or clashing operator pack is refused on its own and never takes the
 * bundled lessons (or other operator packs) down.
 */
class PackSetTest {

    @TempDir
    Path operators;

    private PackSet load() {
        return PackSet.load(Optional.of(PackFiles.directory(LessonPackTestData.goodPackFolder())), operators);
    }

    @Test
    void loadsAValidOperatorPackAfterTheBundledOne() throws IOException {
        schoolPack("school");

        PackSet packs = load();

        assertThat(packs.packs()).extracting(p -> p.id()).containsExactly("fixture-pack", "school-pack");
        assertThat(packs.lesson("school-passwords")).isPresent();
        assertThat(packs.refused()).isEmpty();
    }

    @Test
    void refusesABrokenOperatorPackAndKeepsTheOthers() throws IOException {
        schoolPack("school");
        Path broken = LessonPackTestData.copyOfGoodPack(operators, "broken");
        LessonPackTestData.replace(broken, "pack.yaml", "format: 1", "format: 7");

        PackSet packs = load();

        assertThat(packs.packs()).extracting(p -> p.id()).containsExactly("fixture-pack", "school-pack");
        assertThat(packs.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.origin()).contains("broken");
            assertThat(refused.problems()).extracting(PackProblem::toString)
                    .containsExactly("pack.yaml:1:9: unknown format version '7': this ChildSafe reads format 1");
        });
    }

    @Test
    void refusesAnOperatorPackReusingABundledLessonOrPackId() {
        LessonPackTestData.copyOfGoodPack(operators, "copy");

        PackSet packs = load();

        assertThat(packs.packs()).hasSize(1);
        assertThat(packs.lessons()).hasSize(2);
        assertThat(packs.refused()).singleElement().satisfies(refused -> assertThat(refused.problems())
                .extracting(PackProblem::message)
                .contains("lesson id 'strong-passwords' is already used by pack fixture-pack")
                .anySatisfy(m -> assertThat(m).startsWith("pack id 'fixture-pack' is already loaded")));
    }

    @Test
    void aMissingOperatorFolderMeansNoOperatorPacks() {
        PackSet packs = PackSet.load(Optional.of(PackFiles.directory(LessonPackTestData.goodPackFolder())),
                operators.resolve("absent"));

        assertThat(packs.packs()).hasSize(1);
        assertThat(packs.refused()).isEmpty();
    }

    /** A valid operator pack "school-pack" with one lesson, school-passwords. */
    private void schoolPack(String folder) throws IOException {
        Path pack = LessonPackTestData.copyOfGoodPack(operators, folder);
        deleteTree(pack.resolve("stranger-chat"));
        Files.move(pack.resolve("strong-passwords"), pack.resolve("school-passwords"));
        LessonPackTestData.replace(pack, "pack.yaml", "id: fixture-pack", "id: school-pack");
        LessonPackTestData.replace(pack, "pack.yaml", "lessons: [strong-passwords, stranger-chat]", "lessons: [school-passwords]");
        LessonPackTestData.replace(pack, "school-passwords/lesson.yaml", "id: strong-passwords", "id: school-passwords");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
