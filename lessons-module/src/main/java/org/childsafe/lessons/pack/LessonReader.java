package org.childsafe.lessons.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads and validates one {@code <lesson>/lesson.yaml}: the language-neutral structure and answer key. The rules
 * are those of {@code docs/lesson-pack-format.md}; each broken rule is a {@link PackProblem} at its line.
 */
final class LessonReader {

    static final Pattern LESSON_ID = Pattern.compile("[a-z0-9-]{3,60}");
    static final Pattern ITEM_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern OPTION_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> KEYS = Set.of("id", "s", "band", "duration", "competences", "steps", "quiz");
    private static final Set<String> STEP_KEYS = Set.of("id", "kind", "options", "best");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "points", "options", "answer");

    /** The structure of one lesson, before its texts are attached. */
    record Structure(String id, SafetyS s, AgeBand band, int duration, List<String> competences, List<Step> steps,
                     List<Question> quiz) {
    }

    private LessonReader() {
    }

    /** Null when the structure is too broken to go on (problems are recorded). */
    static Structure read(YamlMap lesson, String folder, Set<String> packCompetences) {
        String file = lesson.file();
        Problems problems = lesson.problems();
        lesson.allowOnly(KEYS);
        String id = lesson.text("id");
        if (id != null && !id.equals(folder)) {
            problems.add(file, lesson.value("id", false), "id '" + id + "' must equal the folder name '" + folder + "'");
        }
        if (id != null && !LESSON_ID.matcher(id).matches()) {
            problems.add(file, lesson.value("id", false), "id '" + id + "' must match [a-z0-9-]{3,60}");
        }
        SafetyS s = enumValue(lesson, "s", SafetyS::fromCode, "safe | smart | super");
        AgeBand band = enumValue(lesson, "band", AgeBand::fromCode, "primary | lower-secondary | upper-secondary");
        Integer duration = lesson.integer("duration", 5, 90);
        List<String> competences = lesson.texts("competences");
        if (lesson.has("competences") && competences.isEmpty()) {
            problems.add(file, lesson.value("competences", false), "'competences' needs at least one code");
        }
        for (String code : competences) {
            if (!packCompetences.contains(code)) {
                problems.add(file, lesson.value("competences", false), "competence '" + code
                        + "' is not declared in pack.yaml");
            }
        }
        List<Step> steps = steps(lesson);
        List<Question> quiz = quiz(lesson);
        if (id == null || s == null || band == null || duration == null) {
            return null;
        }
        return new Structure(id, s, band, duration, competences, steps, quiz);
    }

    private static <T> T enumValue(YamlMap map, String key, java.util.function.Function<String, java.util.Optional<T>> parse,
                                   String allowed) {
        String raw = map.text(key);
        if (raw == null) {
            return null;
        }
        T value = parse.apply(raw).orElse(null);
        if (value == null) {
            map.problems().add(map.file(), map.value(key, false), "'" + key + "' must be one of " + allowed
                    + ", found '" + raw + "'");
        }
        return value;
    }

    private static List<Step> steps(YamlMap lesson) {
        String file = lesson.file();
        Problems problems = lesson.problems();
        List<Step> steps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : lesson.list("steps")) {
            YamlMap step = YamlMap.of(file, node, problems, "a step");
            if (step == null) {
                continue;
            }
            step.allowOnly(STEP_KEYS);
            String id = step.text("id");
            StepKind kind = enumValue(step, "kind", StepKind::fromCode, "scenario | ideas | choice | quiz | reflection | help");
            if (id == null || kind == null) {
                continue;
            }
            checkId(step, id, ids, "step");
            List<String> options = List.of();
            String best = null;
            if (kind == StepKind.CHOICE) {
                options = options(step, "choice step '" + id + "'");
                if (options.size() < 2) {
                    problems.add(file, step.node(), "choice step '" + id + "' needs at least 2 options");
                }
                best = step.text("best");
                if (best != null && !options.contains(best)) {
                    problems.add(file, step.value("best", false), "best '" + best + "' of step '" + id
                            + "' is not one of its options " + options);
                }
            } else if (step.has("options") || step.has("best")) {
                problems.add(file, step.node(), "only choice steps have 'options' and 'best'");
            }
            steps.add(new Step(id, kind, options, best));
        }
        checkStepOrder(lesson, steps);
        return steps;
    }

    private static void checkStepOrder(YamlMap lesson, List<Step> steps) {
        Map<StepKind, Long> counts = new java.util.EnumMap<>(StepKind.class);
        steps.forEach(step -> counts.merge(step.kind(), 1L, Long::sum));
        Node at = lesson.value("steps", false);
        for (StepKind kind : List.of(StepKind.SCENARIO, StepKind.IDEAS, StepKind.CHOICE, StepKind.QUIZ)) {
            if (counts.getOrDefault(kind, 0L) < 1) {
                lesson.problems().add(lesson.file(), at, "steps need at least one '" + kind.code() + "' step");
            }
        }
        for (StepKind kind : List.of(StepKind.REFLECTION, StepKind.HELP)) {
            if (counts.getOrDefault(kind, 0L) != 1) {
                lesson.problems().add(lesson.file(), at, "steps need exactly one '" + kind.code() + "' step, found "
                        + counts.getOrDefault(kind, 0L));
            }
        }
        if (!steps.isEmpty() && steps.get(steps.size() - 1).kind() != StepKind.HELP && counts.containsKey(StepKind.HELP)) {
            lesson.problems().add(lesson.file(), at, "the 'help' step must be the last step");
        }
    }

    private static List<Question> quiz(YamlMap lesson) {
        String file = lesson.file();
        Problems problems = lesson.problems();
        List<Node> nodes = lesson.list("quiz");
        if (lesson.has("quiz") && (nodes.size() < 4 || nodes.size() > 10)) {
            problems.add(file, lesson.value("quiz", false), "the quiz needs 4 to 10 questions, found " + nodes.size());
        }
        List<Question> quiz = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            YamlMap question = YamlMap.of(file, node, problems, "a question");
            if (question == null) {
                continue;
            }
            question.allowOnly(QUESTION_KEYS);
            String id = question.text("id");
            QuestionType type = enumValue(question, "type", QuestionType::fromCode,
                    "single | multiple | truefalse | scenario | ordering");
            Integer points = question.integer("points", 1, 5);
            if (id == null || type == null) {
                continue;
            }
            checkId(question, id, ids, "question");
            List<String> options;
            if (type == QuestionType.TRUEFALSE) {
                if (question.has("options")) {
                    problems.add(file, question.value("options", false), "true/false question '" + id
                            + "' has implicit options [true, false]; remove 'options'");
                }
                options = Question.TRUE_FALSE;
            } else {
                options = options(question, "question '" + id + "'");
            }
            List<String> answer = answer(question, id, type, options);
            if (points != null && answer != null) {
                quiz.add(new Question(id, type, points, options, answer));
            }
        }
        return quiz;
    }

    private static List<String> options(YamlMap map, String what) {
        List<String> options = map.texts("options");
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (!OPTION_ID.matcher(option).matches()) {
                map.problems().add(map.file(), map.value("options", false), "option id '" + option + "' of " + what
                        + " must be letters, digits, '-' or '_'");
            }
            if (!seen.add(option)) {
                map.problems().add(map.file(), map.value("options", false), "option '" + option + "' of " + what
                        + " is listed twice");
            }
        }
        return options;
    }

    /** The answer key, checked against the type's rules; null when broken. */
    private static List<String> answer(YamlMap question, String id, QuestionType type, List<String> options) {
        String file = question.file();
        Problems problems = question.problems();
        Node node = question.value("answer", true);
        if (node == null) {
            return null;
        }
        int before = problems.size();
        List<String> answer;
        switch (type) {
            case SINGLE, SCENARIO, TRUEFALSE -> {
                String one = question.scalar(node, "the answer of question '" + id + "'", true);
                answer = one == null ? List.of() : List.of(one);
                if (type == QuestionType.TRUEFALSE && one != null && !Question.TRUE_FALSE.contains(one)) {
                    problems.add(file, node, "the answer of true/false question '" + id + "' must be true or false");
                }
                if (type != QuestionType.TRUEFALSE && options.size() < 2) {
                    problems.add(file, question.node(), "question '" + id + "' needs at least 2 options");
                }
            }
            case MULTIPLE -> {
                answer = node instanceof SequenceNode ? question.texts(node, "the answer of question '" + id + "'")
                        : List.of();
                if (!(node instanceof SequenceNode) || answer.size() < 2) {
                    problems.add(file, node, "multiple-choice question '" + id + "' needs a list of at least 2 right options");
                }
                if (new HashSet<>(answer).size() != answer.size()) {
                    problems.add(file, node, "the answer of question '" + id + "' lists an option twice");
                }
            }
            case ORDERING -> {
                answer = node instanceof SequenceNode ? question.texts(node, "the answer of question '" + id + "'")
                        : List.of();
                if (options.size() < 3 || options.size() > 6) {
                    problems.add(file, question.node(), "ordering question '" + id + "' needs 3 to 6 options, found "
                            + options.size());
                }
                if (answer.size() != options.size() || !new HashSet<>(answer).equals(new HashSet<>(options))) {
                    problems.add(file, node, "the answer of ordering question '" + id
                            + "' must list every option exactly once, in the right order");
                }
            }
            default -> throw new IllegalStateException("unknown type " + type);
        }
        for (String option : answer) {
            if (type != QuestionType.TRUEFALSE && !options.contains(option)) {
                problems.add(file, node, "answer '" + option + "' of question '" + id + "' is not one of its options "
                        + options);
            }
        }
        return problems.size() == before ? answer : null;
    }

    private static void checkId(YamlMap map, String id, Set<String> seen, String what) {
        if (!ITEM_ID.matcher(id).matches()) {
            map.problems().add(map.file(), map.value("id", false), what + " id '" + id + "' must match [a-z0-9-]+");
        }
        if (!seen.add(id)) {
            map.problems().add(map.file(), map.value("id", false), what + " id '" + id + "' is used twice");
        }
    }
}
