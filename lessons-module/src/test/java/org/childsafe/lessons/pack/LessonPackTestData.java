package org.childsafe.lessons.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The fixture packs under {@code src/test/resources/packs/} and copies of them to break one thing at a time. */
public final class LessonPackTestData {

    private LessonPackTestData() {
    }

    /** The good fixture pack's folder on disk (two lessons, every question type). */
    public static Path goodPackFolder() {
        try {
            return Path.of(LessonPackTestData.class.getResource("/packs/good/pack.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The good fixture pack, loaded. */
    public static LessonPack goodPack() {
        try {
            return PackLoader.load(PackFiles.directory(goodPackFolder()), true);
        } catch (InvalidPackException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The good fixture pack's lesson with every question type. */
    public static Lesson strongPasswords() {
        return goodPack().lessons().get(0);
    }

    /** Copies the good pack into {@code target} (a fresh folder named {@code folder}). */
    public static Path copyOfGoodPack(Path parent, String folder) {
        Path source = goodPackFolder();
        Path target = parent.resolve(folder);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a pack file; fails if it is not there. */
    public static void replace(Path pack, String file, String from, String to) {
        try {
            Path path = pack.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
