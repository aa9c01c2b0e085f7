/**
 * How many learners a course is known to have, from launches of the report widget, so that a reporter in a small
 * class is warned that details could give them away ({@link org.childsafe.report.classsize.ClassSizes}).
 */
package org.childsafe.report.classsize;
