/** The network's status callback endpoint, {@code POST /api/report/network/callback}. */
package org.childsafe.report.referral.rest;
