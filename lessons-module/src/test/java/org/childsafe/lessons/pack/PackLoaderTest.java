package org.childsafe.lessons.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pack loader on the good fixture pack and on copies of it broken in one way each: every kind of mistake an
 * educator can make is refused with the file, the line and what is wrong.
 */
class PackLoaderTest {

    @TempDir
    Path temp;

    @Test
    void loadsTheGoodPackWithLessonsInCatalogueOrder() {
        LessonPack pack = LessonPackTestData.goodPack();

        assertThat(pack.id()).isEqualTo("fixture-pack");
        assertThat(pack.version()).isEqualTo("2026.11.0");
        assertThat(pack.title().in(Locale.ENGLISH)).isEqualTo("Fixture pack");
        assertThat(pack.lessons()).extracting(Lesson::id).containsExactly("strong-passwords", "stranger-chat");
        assertThat(pack.competence("4.2")).get().extracting(c -> c.name().vi())
                .isEqualTo("Bảo vệ dữ liệu cá nhân và quyền riêng tư");
    }

    @Test
    void readsStructureAnswerKeyAndBothLanguages() {
        Lesson lesson = LessonPackTestData.strongPasswords();

        assertThat(lesson.s()).isEqualTo(SafetyS.SAFE);
        assertThat(lesson.band()).isEqualTo(AgeBand.PRIMARY);
        assertThat(lesson.steps()).extracting(Step::kind).containsExactly(StepKind.SCENARIO, StepKind.IDEAS,
                StepKind.CHOICE, StepKind.QUIZ, StepKind.REFLECTION, StepKind.HELP);
        assertThat(lesson.step("choice-1")).get().extracting(Step::best).isEqualTo("b");
        assertThat(lesson.quiz()).extracting(Question::type).containsExactly(QuestionType.SINGLE,
                QuestionType.MULTIPLE, QuestionType.TRUEFALSE, QuestionType.SCENARIO, QuestionType.ORDERING);
        assertThat(lesson.question("q2")).get().extracting(Question::answer).isEqualTo(List.of("a", "c"));
        assertThat(lesson.question("q3")).get().extracting(Question::options, Question::answer)
                .containsExactly(List.of("true", "false"), List.of("false"));
        assertThat(lesson.question("q5")).get().extracting(Question::options).isEqualTo(List.of("c", "a", "b"));
        assertThat(lesson.totalPoints()).isEqualTo(7);
        assertThat(lesson.texts(Locale.ENGLISH).title()).isEqualTo("Strong passwords");
        assertThat(lesson.texts(Locale.forLanguageTag("vi")).title()).isEqualTo("Mật khẩu mạnh");
        assertThat(lesson.texts(Locale.ENGLISH).quiz().get("q3").feedback()).containsKeys("true", "false");
        assertThat(lesson.texts(Locale.forLanguageTag("vi")).steps().get("help").body()).isNull();
    }

    static Stream<Arguments> brokenPacks() {
        return Stream.of(
                Arguments.of("unknown format version", "pack.yaml", "format: 1", "format: 2",
                        "pack.yaml:1:9: unknown format version '2'"),
                Arguments.of("YAML syntax error", "strong-passwords/lesson.yaml", "s: safe", "s: [safe",
                        "strong-passwords/lesson.yaml:3:5: not valid YAML"),
                Arguments.of("listed lesson without folder", "pack.yaml", "stranger-chat]", "stranger-chat, ghost]",
                        "pack.yaml:10:10: lesson 'ghost' is listed but there is no folder ghost/"),
                Arguments.of("bad pack id", "pack.yaml", "id: fixture-pack", "id: Fixture_Pack",
                        "pack.yaml:2:5: pack id 'Fixture_Pack' must match"),
                Arguments.of("lesson id differs from folder", "strong-passwords/lesson.yaml", "id: strong-passwords",
                        "id: passwords", "strong-passwords/lesson.yaml:1:5: id 'passwords' must equal the folder name"),
                Arguments.of("unknown S", "strong-passwords/lesson.yaml", "s: safe", "s: secure",
                        "strong-passwords/lesson.yaml:2:4: 's' must be one of safe | smart | super, found 'secure'"),
                Arguments.of("unknown band", "strong-passwords/lesson.yaml", "band: primary", "band: kindergarten",
                        "strong-passwords/lesson.yaml:3:7: 'band' must be one of primary"),
                Arguments.of("duration out of range", "strong-passwords/lesson.yaml", "duration: 15", "duration: 120",
                        "strong-passwords/lesson.yaml:4:11: 'duration' must be between 5 and 90, found 120"),
                Arguments.of("undeclared competence", "strong-passwords/lesson.yaml", "competences: [\"4.2\"]",
                        "competences: [\"9.9\"]", "strong-passwords/lesson.yaml:5:14: competence '9.9' is not declared"),
                Arguments.of("help not last", "strong-passwords/lesson.yaml",
                        "  - { id: pledge, kind: reflection }\n  - { id: help, kind: help }",
                        "  - { id: help, kind: help }\n  - { id: pledge, kind: reflection }",
                        "strong-passwords/lesson.yaml:7:3: the 'help' step must be the last step"),
                Arguments.of("two reflection steps", "strong-passwords/lesson.yaml", "{ id: quiz, kind: quiz }",
                        "{ id: quiz, kind: reflection }",
                        "steps need exactly one 'reflection' step, found 2"),
                Arguments.of("duplicate step id", "strong-passwords/lesson.yaml", "{ id: ideas, kind: ideas }",
                        "{ id: scenario, kind: ideas }", "strong-passwords/lesson.yaml:8:11: step id 'scenario' is used twice"),
                Arguments.of("choice best not an option", "strong-passwords/lesson.yaml", "best: b", "best: z",
                        "strong-passwords/lesson.yaml:12:11: best 'z' of step 'choice-1' is not one of its options"),
                Arguments.of("too few questions", "strong-passwords/lesson.yaml", "quiz:\n  - id: q1", "quizz: []\nquiz:\n  - id: q1\n    type: single\n    points: 1\n    options: [a, b, c]\n    answer: b\n  - id: q0",
                        "unknown key 'quizz'"),
                Arguments.of("answer not an option", "strong-passwords/lesson.yaml", "answer: b", "answer: e",
                        "strong-passwords/lesson.yaml:21:13: answer 'e' of question 'q1' is not one of its options [a, b, c]"),
                Arguments.of("multiple with one right option", "strong-passwords/lesson.yaml", "answer: [a, c]", "answer: [a]",
                        "multiple-choice question 'q2' needs a list of at least 2 right options"),
                Arguments.of("true/false answer not boolean", "strong-passwords/lesson.yaml", "answer: false", "answer: maybe",
                        "the answer of true/false question 'q3' must be true or false"),
                Arguments.of("ordering not a permutation", "strong-passwords/lesson.yaml", "answer: [a, b, c]",
                        "answer: [a, b, b]", "the answer of ordering question 'q5' must list every option exactly once"),
                Arguments.of("ordering with two options", "strong-passwords/lesson.yaml", "options: [c, a, b]\n    answer: [a, b, c]",
                        "options: [a, b]\n    answer: [a, b]", "ordering question 'q5' needs 3 to 6 options, found 2"),
                Arguments.of("points out of range", "strong-passwords/lesson.yaml", "points: 2", "points: 9",
                        "'points' must be between 1 and 5, found 9"),
                Arguments.of("unknown question type", "strong-passwords/lesson.yaml", "type: scenario", "type: essay",
                        "'type' must be one of single | multiple | truefalse | scenario | ordering, found 'essay'"),
                Arguments.of("misspelt key", "strong-passwords/lesson.yaml", "    answer: a\n", "    answers: a\n",
                        "unknown key 'answers'"),
                Arguments.of("duplicate key", "strong-passwords/en.yaml", "summary:", "title: \"Again\"\nsummary:",
                        "strong-passwords/en.yaml:2:1: duplicate key 'title'"),
                Arguments.of("missing question texts", "strong-passwords/vi.yaml", "  q3:\n", "  q9:\n",
                        "strong-passwords/vi.yaml:28:3: missing 'q3'"),
                Arguments.of("missing feedback for an option", "strong-passwords/en.yaml",
                        "feedback: { a: \"Right.\", b: \"That is a scam.\" }", "feedback: { a: \"Right.\" }",
                        "missing 'b'"),
                Arguments.of("javascript link in Markdown", "strong-passwords/en.yaml", "(help.html)",
                        "(javascript:alert(1))", "strong-passwords/en.yaml:10:11: link 'javascript:alert(1)' is not allowed"),
                Arguments.of("too few objectives", "strong-passwords/vi.yaml",
                        "objectives: [\"Em biết tạo mật khẩu mạnh.\", \"Em biết giữ bí mật mật khẩu.\"]",
                        "objectives: [\"Em biết tạo mật khẩu mạnh.\"]", "'objectives' needs 2 to 5 entries, found 1"),
                Arguments.of("empty title", "strong-passwords/vi.yaml", "title: \"Mật khẩu mạnh\"", "title: \"\"",
                        "strong-passwords/vi.yaml:1:8: 'title' must not be empty"),
                Arguments.of("text for a step that does not exist", "strong-passwords/en.yaml", "  quiz: { title:",
                        "  extra: { title: \"x\", body: \"y\" }\n  quiz: { title:", "step 'extra' is not in lesson.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void refusesBrokenPackNamingFileLineAndProblem(String kind, String file, String from, String to, String expected) {
        Path pack = LessonPackTestData.copyOfGoodPack(temp, "broken");
        LessonPackTestData.replace(pack, file, from, to);

        InvalidPackException refused = assertThrows(InvalidPackException.class,
                () -> PackLoader.load(PackFiles.directory(pack), false));

        assertThat(refused.problems()).extracting(PackProblem::toString)
                .anySatisfy(problem -> assertThat(problem).contains(expected));
        assertThat(refused.getMessage()).contains("Lesson pack broken is invalid");
    }

    @Test
    void refusesAFolderNotListedInPackYaml() throws IOException {
        Path pack = LessonPackTestData.copyOfGoodPack(temp, "extra");
        Files.createDirectory(pack.resolve("forgotten-lesson"));

        InvalidPackException refused = assertThrows(InvalidPackException.class,
                () -> PackLoader.load(PackFiles.directory(pack), false));

        assertThat(refused.problems()).extracting(PackProblem::toString)
                .containsExactly("forgotten-lesson/: folder is not listed in pack.yaml 'lessons'");
    }

    @Test
    void refusesAMissingLanguageFile() throws IOException {
        Path pack = LessonPackTestData.copyOfGoodPack(temp, "no-english");
        Files.delete(pack.resolve("stranger-chat/en.yaml"));

        InvalidPackException refused = assertThrows(InvalidPackException.class,
                () -> PackLoader.load(PackFiles.directory(pack), false));

        assertThat(refused.problems()).extracting(PackProblem::toString)
                .containsExactly("stranger-chat/en.yaml: file is missing");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Path pack = LessonPackTestData.copyOfGoodPack(temp, "latin1");
        Files.write(pack.resolve("strong-passwords/vi.yaml"), "title: \"M\u1EADt\"".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        InvalidPackException refused = assertThrows(InvalidPackException.class,
                () -> PackLoader.load(PackFiles.directory(pack), false));

        assertThat(refused.problems()).extracting(PackProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("strong-passwords/vi.yaml:"));
    }

    @Test
    void refusesAMissingPackYaml() {
        InvalidPackException refused = assertThrows(InvalidPackException.class,
                () -> PackLoader.load(PackFiles.directory(temp), false));

        assertThat(refused.problems()).extracting(PackProblem::toString).containsExactly("pack.yaml: file is missing");
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        Path pack = LessonPackTestData.copyOfGoodPack(temp, "many");
        LessonPackTestData.replace(pack, "strong-passwords/lesson.yaml", "s: safe", "s: secure");
        LessonPackTestData.replace(pack, "stranger-chat/lesson.yaml", "duration: 15", "duration: 2");

        InvalidPackException refused = assertThrows(InvalidPackException.class,
                () -> PackLoader.load(PackFiles.directory(pack), false));

        assertThat(refused.problems()).extracting(PackProblem::file)
                .contains("strong-passwords/lesson.yaml", "stranger-chat/lesson.yaml");
    }

    @Test
    void loadsThePackFromInsideAJar() throws Exception {
        Path jar = temp.resolve("pack.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(LessonPackTestData.goodPackFolder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("lesson-packs/core/"
                        + LessonPackTestData.goodPackFolder().relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null);
             PackFiles files = PackFiles.classpath(loader, "lesson-packs/core").orElseThrow()) {
            LessonPack pack = PackLoader.load(files, true);

            assertThat(pack.lessons()).hasSize(2);
            assertThat(pack.bundled()).isTrue();
        }
    }
}
