package org.childsafe.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the privacy notes ({@code docs/privacy.en.md}, {@code docs/privacy.vi.md}) true to the schema: a school's
 * data protection officer reads there what the suite stores, so a table or column that a migration adds without a
 * line in both notes fails the build.
 *
 * <h2>What is checked</h2>
 * <ul>
 * <li>Every table created by a Flyway migration of any module ({@code <module>/src/main/resources/db/**}{@code .sql},
 * {@code CREATE TABLE <name>}) and every Flyway history table a {@code MigrationSet} names
 * ({@code "flyway_history_…"} in main Java code) has an inventory row in both notes: a line starting with
 * {@code | `<table>` |}.</li>
 * <li>Every column added later by {@code ALTER TABLE <t> ADD COLUMN <c>} is named on that table's row, as code
 * ({@code `c`}), because a new column is where a new piece of personal data most easily slips in unnoticed.</li>
 * <li>Every inventory row names a table that still exists, and both languages list the same tables.</li>
 * </ul>
 * Columns of a {@code CREATE TABLE} are not each required on the row: the notes name the fields that carry personal
 * data, not every id and timestamp.
 */
class PrivacyInventoryTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final List<String> NOTES = List.of("docs/privacy.en.md", "docs/privacy.vi.md");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?([a-z_][a-z0-9_]*)\"?");
    private static final Pattern ADD_COLUMN = Pattern.compile(
            "(?i)\\bALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?\"?([a-z_][a-z0-9_]*)\"?\\s+ADD\\s+(?:COLUMN\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?\"?([a-z_][a-z0-9_]*)\"?");
    private static final Pattern HISTORY_TABLE = Pattern.compile("\"(flyway_history_[a-z0-9_]+)\"");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z_][a-z0-9_]*)` \\|(.*)$");
    private static final Pattern SQL_COMMENT = Pattern.compile("--[^\\n]*");

    @Test
    void everyTableOfEveryMigrationHasARowInBothPrivacyNotes() {
        Set<String> tables = tablesInMigrations().keySet();
        // Guard against a scan that finds nothing (a moved folder would make every other check pass vacuously).
        assertThat(tables).as("tables found in the migrations").contains("lti_user", "report_case", "lesson_attempt",
                "urlcheck_wrong_verdict", "flyway_history_lti").hasSizeGreaterThan(25);

        for (String note : NOTES) {
            assertThat(rows(note).keySet()).as("tables without an inventory row in " + note).containsAll(tables);
        }
    }

    @Test
    void everyColumnAddedByALaterMigrationIsNamedOnItsTablesRow() {
        Map<String, Set<String>> added = addedColumns();
        assertThat(added).as("columns added by ALTER TABLE in the migrations").containsKey("lti_context");

        for (String note : NOTES) {
            Map<String, String> rows = rows(note);
            added.forEach((table, columns) -> {
                String row = rows.getOrDefault(table, "");
                for (String column : columns) {
                    assertThat(row).as("row of `" + table + "` in " + note + " names the added column " + column)
                            .contains("`" + column + "`");
                }
            });
        }
    }

    @Test
    void everyInventoryRowNamesAnExistingTableAndBothLanguagesListTheSameTables() {
        Set<String> tables = tablesInMigrations().keySet();
        Map<String, String> english = rows(NOTES.get(0));
        Map<String, String> vietnamese = rows(NOTES.get(1));

        assertThat(english.keySet()).as("inventory rows of tables no migration creates").isSubsetOf(tables);
        assertThat(new ArrayList<>(vietnamese.keySet())).as("the Vietnamese notes list the English tables, in order")
                .containsExactlyElementsOf(english.keySet());
    }

    @Test
    void theNotesAreLinkedFromTheReadmesAndTheInstallGuide() {
        for (String page : List.of("README.md", "docs/README.md", "docs/operations/install.md",
                "docs/operations/install.vi.md")) {
            assertThat(read(ROOT.resolve(page))).as(page + " links the privacy notes").contains("privacy.en.md")
                    .contains("privacy.vi.md");
        }
    }

    // Helpers -------------------------------------------------------------------------------------------------------

    /** Table name → the migration that creates it, over every module's migrations and history tables. */
    private static Map<String, Path> tablesInMigrations() {
        Map<String, Path> tables = new TreeMap<>();
        for (Path sql : migrations()) {
            Matcher m = CREATE_TABLE.matcher(withoutComments(read(sql)));
            while (m.find()) {
                tables.put(m.group(1).toLowerCase(Locale.ROOT), sql);
            }
        }
        for (Path java : mainJava()) {
            Matcher m = HISTORY_TABLE.matcher(read(java));
            while (m.find()) {
                tables.put(m.group(1), java);
            }
        }
        return tables;
    }

    private static Map<String, Set<String>> addedColumns() {
        Map<String, Set<String>> added = new TreeMap<>();
        for (Path sql : migrations()) {
            Matcher m = ADD_COLUMN.matcher(withoutComments(read(sql)));
            while (m.find()) {
                added.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                        .add(m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return added;
    }

    /** Inventory rows of one note: table → the rest of its line, in document order; a table may have one row. */
    private static Map<String, String> rows(String note) {
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(read(ROOT.resolve(note)));
        while (m.find()) {
            String previous = rows.put(m.group(1), m.group(2));
            assertThat(previous).as("`" + m.group(1) + "` has one inventory row in " + note).isNull();
        }
        return rows;
    }

    private static List<Path> migrations() {
        return files(path -> path.matches("[a-z0-9-]+/src/main/resources/db/.+\\.sql"));
    }

    private static List<Path> mainJava() {
        return files(path -> path.matches("[a-z0-9-]+/src/main/java/.+\\.java"));
    }

    private static List<Path> files(java.util.function.Predicate<String> relativePath) {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> relativePath.test(ROOT.relativize(file).toString().replace('\\', '/')))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(String sql) {
        return SQL_COMMENT.matcher(sql).replaceAll("");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
