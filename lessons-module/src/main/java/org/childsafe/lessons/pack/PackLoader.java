package org.childsafe.lessons.pack;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a lesson pack folder and validates it against format {@value LessonPack#FORMAT}
 * ({@code docs/lesson-pack-format.md}): {@code pack.yaml}, then for each listed lesson its {@code lesson.yaml},
 * {@code vi.yaml} and {@code en.yaml}.
 *
 * <h2>All or nothing</h2>
 * Every problem in every file is collected; if there is any, the whole pack is refused with an
 * {@link InvalidPackException} listing them as {@code file:line:column: what}. A pack is never half-loaded, so a
 * learner never meets a lesson with a missing answer key or text.
 *
 * <p>Stateless and thread-safe.
 */
public final class PackLoader {

    /** The languages every lesson is written in. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9-]{3,40}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+.][0-9A-Za-z.-]+)?");
    private static final Set<String> KEYS = Set.of("format", "id", "version", "title", "authors", "licence",
            "competences", "lessons");

    private PackLoader() {
    }

    /**
     * @param files   the pack folder
     * @param bundled whether it is the pack shipped with the application
     * @return the validated pack
     * @throws InvalidPackException listing every problem found
     */
    public static LessonPack load(PackFiles files, boolean bundled) throws InvalidPackException {
        Problems problems = new Problems();
        String name = files.folderName();
        Optional<YamlMap> pack = parse(files, "pack.yaml", problems, true);
        if (pack.isEmpty()) {
            throw new InvalidPackException(name, problems.all());
        }
        YamlMap map = pack.get();
        map.allowOnly(KEYS);
        String format = map.text("format");
        if (format != null && !format.equals(String.valueOf(LessonPack.FORMAT))) {
            problems.add(map.file(), map.value("format", false), "unknown format version '" + format
                    + "': this ChildSafe reads format " + LessonPack.FORMAT);
            throw new InvalidPackException(name, problems.all());
        }
        String id = map.text("id");
        if (id != null && !PACK_ID.matcher(id).matches()) {
            problems.add(map.file(), map.value("id", false), "pack id '" + id + "' must match [a-z0-9-]{3,40}");
        }
        String version = map.text("version");
        if (version != null && !VERSION.matcher(version).matches()) {
            problems.add(map.file(), map.value("version", false), "version '" + version
                    + "' must look like 2026.11.0 (numbers separated by dots)");
        }
        Localized title = localized(map, "title");
        String authors = map.text("authors");
        String licence = map.text("licence");
        List<Competence> competences = competences(map);
        List<String> lessonIds = lessonIds(files, map, problems);
        Set<String> codes = new HashSet<>();
        competences.forEach(c -> codes.add(c.code()));
        List<Lesson> lessons = new ArrayList<>();
        for (String lessonId : lessonIds) {
            lesson(files, lessonId, id, codes, problems).ifPresent(lessons::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPackException(name, problems.all());
        }
        return new LessonPack(id, version, title, authors, licence, competences, lessons, files.origin(), bundled);
    }

    private static Optional<YamlMap> parse(PackFiles files, String path, Problems problems, boolean required) {
        try {
            Optional<String> text = files.read(path);
            if (text.isEmpty()) {
                if (required) {
                    problems.add(path, "file is missing");
                }
                return Optional.empty();
            }
            return YamlMap.parse(path, text.get(), problems);
        } catch (CharacterCodingException e) {
            problems.add(path, "file is not UTF-8 text");
        } catch (IOException e) {
            problems.add(path, "file cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Localized localized(YamlMap map, String key) {
        YamlMap value = map.map(key);
        if (value == null) {
            return null;
        }
        value.allowOnly(Set.copyOf(LANGUAGES));
        String vi = value.text("vi");
        String en = value.text("en");
        return vi == null || en == null ? null : new Localized(vi, en);
    }

    private static List<Competence> competences(YamlMap pack) {
        List<Competence> competences = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node node : pack.list("competences")) {
            YamlMap map = YamlMap.of(pack.file(), node, pack.problems(), "a competence");
            if (map == null) {
                continue;
            }
            map.allowOnly(Set.of("code", "vi", "en"));
            String code = map.text("code");
            String vi = map.text("vi");
            String en = map.text("en");
            if (code != null && !codes.add(code)) {
                pack.problems().add(pack.file(), node, "competence '" + code + "' is declared twice");
            }
            if (code != null && vi != null && en != null) {
                competences.add(new Competence(code, new Localized(vi, en)));
            }
        }
        if (pack.has("competences") && competences.isEmpty()) {
            pack.problems().add(pack.file(), pack.value("competences", false), "'competences' needs at least one entry");
        }
        return competences;
    }

    /** The listed lesson ids; each must exist as a folder, and each folder must be listed. */
    private static List<String> lessonIds(PackFiles files, YamlMap pack, Problems problems) {
        List<String> listed = pack.texts("lessons");
        Node at = pack.value("lessons", false);
        if (pack.has("lessons") && listed.isEmpty()) {
            problems.add(pack.file(), at, "'lessons' lists no lesson");
        }
        Set<String> folders;
        try {
            folders = files.folders();
        } catch (IOException e) {
            problems.add("pack.yaml", "cannot list the lesson folders: " + e.getMessage());
            return List.of();
        }
        Map<String, Boolean> unique = new LinkedHashMap<>();
        for (String id : listed) {
            if (unique.put(id, Boolean.TRUE) != null) {
                problems.add(pack.file(), at, "lesson '" + id + "' is listed twice");
            } else if (!folders.contains(id)) {
                problems.add(pack.file(), at, "lesson '" + id + "' is listed but there is no folder " + id + "/");
            }
        }
        for (String folder : folders) {
            if (!unique.containsKey(folder)) {
                problems.add(folder + "/", "folder is not listed in pack.yaml 'lessons'");
            }
        }
        return unique.keySet().stream().filter(folders::contains).toList();
    }

    private static Optional<Lesson> lesson(PackFiles files, String id, String packId, Set<String> codes,
                                           Problems problems) {
        Optional<YamlMap> structureFile = parse(files, id + "/lesson.yaml", problems, true);
        LessonReader.Structure structure = structureFile.map(map -> LessonReader.read(map, id, codes)).orElse(null);
        Map<String, LessonTexts> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Optional<YamlMap> file = parse(files, id + "/" + language + ".yaml", problems, true);
            if (file.isPresent() && structure != null) {
                texts.put(language, TextsReader.read(file.get(), structure));
            }
        }
        if (structure == null || texts.size() != LANGUAGES.size()) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(packId, structure.id(), structure.s(), structure.band(), structure.duration(),
                structure.competences(), structure.steps(), structure.quiz(), texts));
    }
}
