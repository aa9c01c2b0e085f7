/**
 * Lesson packs as files (PRODUCT B6): the format model ({@link org.childsafe.lessons.pack.LessonPack},
 * {@link org.childsafe.lessons.pack.Lesson}, their texts per language), the {@link org.childsafe.lessons.pack.PackLoader}
 * that reads a pack folder with SnakeYAML Engine and validates it against {@code docs/lesson-pack-format.md},
 * reporting every problem with file, line and column, and the {@link org.childsafe.lessons.pack.MarkdownRenderer}
 * that turns lesson pages into safe HTML (raw HTML escaped, links only http(s) or relative).
 */
package org.childsafe.lessons.pack;
