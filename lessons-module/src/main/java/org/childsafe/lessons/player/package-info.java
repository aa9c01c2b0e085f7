/**
 * The lesson player (PRODUCT B2, B3): scenario, key ideas, choices with consequences, quiz with feedback per
 * answer, reflection and pledge, and the "who can help" card, one step at a time, resuming where the learner left
 * off. Pages post plain forms (no script needed), answers are option ids checked here, and focus moves to what
 * changed so keyboard and screen-reader users follow along.
 */
package org.childsafe.lessons.player;
