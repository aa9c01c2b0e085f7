package org.childsafe.lessons.pack;

import java.nio.file.Path;

/**
 * Command-line check of a lesson pack folder, for educators and CI before a pack is installed:
 * {@code java -cp lessons-module.jar:snakeyaml-engine.jar:commonmark.jar org.childsafe.lessons.pack.PackCheck <folder>}.
 * Prints every problem as {@code file:line:column: what} and exits 1 if there is any, else prints the pack's id,
 * version and lesson count and exits 0.
 */
public final class PackCheck {

    private PackCheck() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PackCheck <pack folder>");
            System.exit(2);
        }
        try (PackFiles files = PackFiles.directory(Path.of(args[0]))) {
            LessonPack pack = PackLoader.load(files, false);
            System.out.println("OK " + pack.id() + " " + pack.version() + ": " + pack.lessons().size() + " lessons");
        } catch (InvalidPackException e) {
            e.problems().forEach(System.err::println);
            System.exit(1);
        } catch (java.io.IOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
