-- V4 (branch nrps-cookieless): NRPS 2.0 membership service per course, and LTI client-side platform storage.

-- The NRPS claim of the latest launch in the course (context_memberships_url, service_versions joined by ','):
-- the roster is fetched from there; names are never stored.
ALTER TABLE lti_context ADD COLUMN nrps_memberships_url VARCHAR(1024);
ALTER TABLE lti_context ADD COLUMN nrps_service_versions VARCHAR(100);

-- A login initiation that carried lti_storage_target: the frame the platform's storage lives in, and the
-- login parameters (URL query) to start the same launch again in a new window when nothing binds the browser.
ALTER TABLE lti_launch_state ADD COLUMN storage_target VARCHAR(64);
ALTER TABLE lti_launch_state ADD COLUMN relaunch_query VARCHAR(4000);
