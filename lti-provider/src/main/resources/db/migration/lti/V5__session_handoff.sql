-- A launch whose browser binding came from the platform's storage (no cookies in the LMS frame) hands its new
-- session to a top-level window of the tool: a single-use code, valid for a few minutes, stored where every
-- instance of a cluster can consume it. The payload is the session's launch attributes (ids, no names of
-- learners), base64 of a Java-serialised map read back with an allow-list filter.
CREATE TABLE lti_session_handoff (
    code        VARCHAR(64)              PRIMARY KEY,
    payload     TEXT                     NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_lti_session_handoff_expires ON lti_session_handoff (expires_at);
