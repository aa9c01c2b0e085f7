package org.childsafe.lessons.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.childsafe.lessons.pack.InvalidPackException;
import org.childsafe.lessons.pack.Lesson;
import org.childsafe.lessons.pack.LessonPack;
import org.childsafe.lessons.pack.PackFiles;
import org.childsafe.lessons.pack.PackLoader;
import org.childsafe.lessons.pack.PackProblem;

/**
 * The packs in use and the packs refused, loaded once: the bundled pack first, then each sub-folder of the
 * operator folder in name order. A refused operator pack is logged at SEVERE with every problem and left out;
 * it never affects the bundled pack or other operator packs. Pack ids and lesson ids must be unique across packs
 * (the lesson id is what a course's deep link stores), so a pack that reuses one is refused too.
 *
 * <p>Immutable once built.
 */
public final class PackSet {

    private static final Logger LOG = Logger.getLogger(PackSet.class.getName());

    private final List<LessonPack> packs;
    private final List<RefusedPack> refused;
    private final Map<String, Lesson> lessons;

    private PackSet(List<LessonPack> packs, List<RefusedPack> refused) {
        this.packs = List.copyOf(packs);
        this.refused = List.copyOf(refused);
        Map<String, Lesson> byId = new java.util.LinkedHashMap<>();
        packs.forEach(pack -> pack.lessons().forEach(lesson -> byId.put(lesson.id(), lesson)));
        this.lessons = java.util.Collections.unmodifiableMap(byId);
    }

    /** An empty set (nothing loaded yet). */
    public static PackSet empty() {
        return new PackSet(List.of(), List.of());
    }

    /**
     * @param bundled     the bundled pack's files, if present on the class path
     * @param operatorDir folder with one sub-folder per operator pack; may not exist
     */
    public static PackSet load(Optional<PackFiles> bundled, Path operatorDir) {
        List<LessonPack> packs = new ArrayList<>();
        List<RefusedPack> refused = new ArrayList<>();
        if (bundled.isPresent()) {
            add(bundled.get(), true, packs, refused);
        } else {
            LOG.severe("The bundled lesson pack is missing from the class path: no bundled lessons.");
        }
        for (Path folder : operatorFolders(operatorDir)) {
            try (PackFiles files = PackFiles.directory(folder)) {
                add(files, false, packs, refused);
            } catch (IOException e) {
                refused.add(new RefusedPack(folder.toString(), List.of(new PackProblem("", 0, 0, e.getMessage()))));
            }
        }
        return new PackSet(packs, refused);
    }

    private static void add(PackFiles files, boolean bundled, List<LessonPack> packs, List<RefusedPack> refused) {
        try {
            LessonPack pack = PackLoader.load(files, bundled);
            List<PackProblem> clashes = clashes(pack, packs);
            if (!clashes.isEmpty()) {
                throw new InvalidPackException(files.folderName(), clashes);
            }
            packs.add(pack);
            LOG.info(() -> "Loaded lesson pack " + pack.id() + " " + pack.version() + " (" + pack.lessons().size()
                    + " lessons) from " + files.origin());
        } catch (InvalidPackException e) {
            LOG.log(Level.SEVERE, "Refused lesson pack at {0}: {1}", new Object[] {files.origin(), e.getMessage()});
            refused.add(new RefusedPack(files.origin(), e.problems()));
        }
    }

    private static List<PackProblem> clashes(LessonPack candidate, List<LessonPack> loaded) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, String> lessonOwners = new HashMap<>();
        for (LessonPack pack : loaded) {
            if (pack.id().equals(candidate.id())) {
                problems.add(new PackProblem("pack.yaml", 0, 0, "pack id '" + candidate.id() + "' is already loaded from "
                        + pack.source()));
            }
            pack.lessons().forEach(lesson -> lessonOwners.put(lesson.id(), pack.id()));
        }
        for (Lesson lesson : candidate.lessons()) {
            if (lessonOwners.containsKey(lesson.id())) {
                problems.add(new PackProblem(lesson.id() + "/lesson.yaml", 0, 0, "lesson id '" + lesson.id()
                        + "' is already used by pack " + lessonOwners.get(lesson.id())));
            }
        }
        return problems;
    }

    private static List<Path> operatorFolders(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list the lesson pack folder {0}: {1}", new Object[] {dir, e.getMessage()});
            return List.of();
        }
    }

    public List<LessonPack> packs() {
        return packs;
    }

    public List<RefusedPack> refused() {
        return refused;
    }

    /** Every lesson, in pack then catalogue order. */
    public List<Lesson> lessons() {
        return List.copyOf(lessons.values());
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(id).map(lessons::get);
    }

    public Optional<LessonPack> pack(String id) {
        return packs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** A pack that was not loaded, and why. */
    public record RefusedPack(String origin, List<PackProblem> problems) {
        public RefusedPack {
            problems = List.copyOf(problems);
        }
    }
}
