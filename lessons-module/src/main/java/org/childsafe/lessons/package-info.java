/** The Safety lessons widget: its plug-in entry point ({@link org.childsafe.lessons.LessonsWidget}) and pages under {@code /w/lessons/}. */
package org.childsafe.lessons;
