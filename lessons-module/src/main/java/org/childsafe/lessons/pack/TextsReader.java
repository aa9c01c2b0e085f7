package org.childsafe.lessons.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childsafe.lessons.pack.LessonTexts.ChoiceOption;
import org.childsafe.lessons.pack.LessonTexts.QuestionTexts;
import org.childsafe.lessons.pack.LessonTexts.StepTexts;
import org.childsafe.lessons.pack.LessonTexts.Term;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads and validates one language file of a lesson ({@code vi.yaml} or {@code en.yaml}) against the lesson's
 * structure: every step and question id has its texts, nothing refers to an id the structure lacks, Markdown
 * links are http(s) or relative.
 */
final class TextsReader {

    private static final Set<String> KEYS = Set.of("title", "summary", "objectives", "vocabulary", "steps", "quiz");

    private TextsReader() {
    }

    static LessonTexts read(YamlMap texts, LessonReader.Structure lesson) {
        texts.allowOnly(KEYS);
        String title = texts.text("title");
        String summary = texts.text("summary");
        List<String> objectives = counted(texts, texts.texts("objectives"), "objectives", 2, 5);
        List<Term> vocabulary = vocabulary(texts);
        Map<String, StepTexts> steps = steps(texts, lesson);
        Map<String, QuestionTexts> quiz = quiz(texts, lesson);
        return new LessonTexts(title == null ? "" : title, summary == null ? "" : summary, objectives, vocabulary,
                steps, quiz);
    }

    private static List<String> counted(YamlMap map, List<String> values, String key, int min, int max) {
        if (map.has(key) && (values.size() < min || values.size() > max)) {
            map.problems().add(map.file(), map.value(key, false), "'" + key + "' needs " + min + " to " + max
                    + " entries, found " + values.size());
        }
        return values;
    }

    private static List<Term> vocabulary(YamlMap texts) {
        List<Node> nodes = texts.list("vocabulary");
        if (texts.has("vocabulary") && (nodes.size() < 2 || nodes.size() > 8)) {
            texts.problems().add(texts.file(), texts.value("vocabulary", false),
                    "'vocabulary' needs 2 to 8 terms, found " + nodes.size());
        }
        List<Term> terms = new ArrayList<>();
        for (Node node : nodes) {
            YamlMap term = YamlMap.of(texts.file(), node, texts.problems(), "a vocabulary entry");
            if (term != null) {
                term.allowOnly(Set.of("term", "meaning"));
                String word = term.text("term");
                String meaning = term.text("meaning");
                if (word != null && meaning != null) {
                    terms.add(new Term(word, meaning));
                }
            }
        }
        return terms;
    }

    private static Map<String, StepTexts> steps(YamlMap texts, LessonReader.Structure lesson) {
        Map<String, StepTexts> result = new LinkedHashMap<>();
        YamlMap steps = texts.map("steps");
        if (steps == null) {
            return result;
        }
        Set<String> known = new java.util.HashSet<>();
        for (Step step : lesson.steps()) {
            known.add(step.id());
            Node node = steps.value(step.id(), true);
            YamlMap map = node == null ? null : YamlMap.of(texts.file(), node, texts.problems(), "step '" + step.id() + "'");
            if (map != null) {
                result.put(step.id(), step(map, step));
            }
        }
        unknownIds(steps, known, "step");
        return result;
    }

    private static StepTexts step(YamlMap map, Step step) {
        String title = map.text("title");
        String body = null;
        String prompt = null;
        String intro = null;
        Map<String, ChoiceOption> options = new LinkedHashMap<>();
        List<String> pledges = List.of();
        switch (step.kind()) {
            case SCENARIO, IDEAS -> {
                map.allowOnly(Set.of("title", "body"));
                body = markdown(map, map.text("body"), "body");
            }
            case HELP -> {
                map.allowOnly(Set.of("title", "body"));
                body = markdown(map, map.optionalText("body"), "body");
            }
            case CHOICE -> {
                map.allowOnly(Set.of("title", "prompt", "options"));
                prompt = map.text("prompt");
                options = choiceOptions(map, step);
            }
            case QUIZ -> {
                map.allowOnly(Set.of("title", "intro"));
                intro = map.text("intro");
            }
            case REFLECTION -> {
                map.allowOnly(Set.of("title", "prompt", "pledges"));
                prompt = map.text("prompt");
                pledges = counted(map, map.texts("pledges"), "pledges", 2, 5);
            }
            default -> throw new IllegalStateException("unknown kind " + step.kind());
        }
        return new StepTexts(title == null ? "" : title, body, prompt, intro, options, pledges);
    }

    private static Map<String, ChoiceOption> choiceOptions(YamlMap step, Step structure) {
        Map<String, ChoiceOption> options = new LinkedHashMap<>();
        YamlMap map = step.map("options");
        if (map == null) {
            return options;
        }
        for (String id : structure.options()) {
            Node node = map.value(id, true);
            YamlMap option = node == null ? null : YamlMap.of(step.file(), node, step.problems(), "option '" + id + "'");
            if (option != null) {
                option.allowOnly(Set.of("text", "consequence"));
                String text = option.text("text");
                String consequence = option.text("consequence");
                if (text != null && consequence != null) {
                    options.put(id, new ChoiceOption(text, consequence));
                }
            }
        }
        unknownIds(map, Set.copyOf(structure.options()), "option");
        return options;
    }

    private static Map<String, QuestionTexts> quiz(YamlMap texts, LessonReader.Structure lesson) {
        Map<String, QuestionTexts> result = new LinkedHashMap<>();
        YamlMap quiz = texts.map("quiz");
        if (quiz == null) {
            return result;
        }
        Set<String> known = new java.util.HashSet<>();
        for (Question question : lesson.quiz()) {
            known.add(question.id());
            Node node = quiz.value(question.id(), true);
            YamlMap map = node == null ? null
                    : YamlMap.of(texts.file(), node, texts.problems(), "question '" + question.id() + "'");
            if (map != null) {
                result.put(question.id(), question(map, question));
            }
        }
        unknownIds(quiz, known, "question");
        return result;
    }

    private static QuestionTexts question(YamlMap map, Question question) {
        boolean trueFalse = question.type() == QuestionType.TRUEFALSE;
        map.allowOnly(trueFalse ? Set.of("prompt", "feedback") : Set.of("prompt", "options", "feedback"));
        String prompt = map.text("prompt");
        Map<String, String> options = trueFalse ? Map.of() : optionTexts(map, "options", question);
        Map<String, String> feedback = optionTexts(map, "feedback", question);
        return new QuestionTexts(prompt == null ? "" : prompt, options, feedback);
    }

    private static Map<String, String> optionTexts(YamlMap question, String key, Question structure) {
        Map<String, String> texts = new LinkedHashMap<>();
        YamlMap map = question.map(key);
        if (map == null) {
            return texts;
        }
        for (String option : structure.options()) {
            Node node = map.value(option, true);
            String text = node == null ? null : map.scalar(node, key + " of option '" + option + "'", true);
            if (text != null) {
                texts.put(option, text);
            }
        }
        unknownIds(map, Set.copyOf(structure.options()), key.equals("feedback") ? "feedback option" : "option");
        return texts;
    }

    private static String markdown(YamlMap map, String body, String key) {
        for (String link : MarkdownRenderer.disallowedLinks(body)) {
            map.problems().add(map.file(), map.value(key, false), "link '" + link
                    + "' is not allowed: only http(s) and relative links");
        }
        return body;
    }

    private static void unknownIds(YamlMap map, Set<String> known, String what) {
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                map.problems().add(map.file(), map.value(key, false), what + " '" + key
                        + "' is not in lesson.yaml");
            }
        }
    }
}
