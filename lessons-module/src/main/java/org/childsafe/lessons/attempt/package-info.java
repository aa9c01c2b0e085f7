/**
 * Attempts and progress (PRODUCT B3, B4): the server-side quiz scoring (answers are ids submitted by the browser;
 * the score is computed here, never taken from it), a learner's attempts and answers stored under their LTI user
 * id only, resume where they left off, the best/last attempt policy, and the hand-over of the score to the grade
 * queue on completion.
 */
package org.childsafe.lessons.attempt;
