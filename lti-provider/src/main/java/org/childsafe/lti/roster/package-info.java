/**
 * The course roster for teachers and counselors ({@link org.childsafe.lti.roster.RosterService}): who is in the
 * course a staff member launched from, read through NRPS 2.0 and cached briefly in memory. Widgets use it, e.g.
 * the lessons dashboard's "not started yet"; names are never stored.
 */
package org.childsafe.lti.roster;
