package org.childsafe.lessons.pack;

import java.io.Serializable;

/**
 * A tag from the digital competence framework of Circular 02/2025/TT-BGDĐT (e.g. {@code 4.2} "Protecting personal
 * data and privacy"), declared once in {@code pack.yaml} and referred to by code from each lesson.
 */
public record Competence(String code, Localized name) implements Serializable {
}
