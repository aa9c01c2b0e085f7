package org.childsafe.lti.services.ags;

/** The learner's progress on the activity (AGS 2.0 §3.4.4); the constant names are the wire values. */
public enum ActivityProgress {
    Initialized, Started, InProgress, Submitted, Completed
}
