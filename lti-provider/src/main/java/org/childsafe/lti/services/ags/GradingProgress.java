package org.childsafe.lti.services.ags;

/** Where grading of the activity stands (AGS 2.0 §3.4.5); the constant names are the wire values. */
public enum GradingProgress {
    FullyGraded, Pending, PendingManual, Failed, NotReady
}
