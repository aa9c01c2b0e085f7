-- Learners known in a course, for the small-class warning ("a reporter in a class of 6 could be guessed").
-- member_key is an HMAC of the user id under a key derived from the report master key: the table says how many
-- distinct learners opened the report widget in a course, not who they are, and is never joined to reports.
CREATE TABLE report_course_member (
    context_pk          BIGINT        NOT NULL REFERENCES lti_context (id) ON DELETE CASCADE,
    member_key          VARCHAR(64)   NOT NULL,
    PRIMARY KEY (context_pk, member_key)
);
