-- A school's public pages (the report form and the link checker for people without an LMS login) are addressed by
-- an opaque, unguessable id instead of the deployment's primary key or the platform's deployment_id.
-- Rows that exist before this migration get their id on first use (SchoolDirectory.publicIdOf).
ALTER TABLE lti_deployment ADD COLUMN public_id VARCHAR(32);
CREATE UNIQUE INDEX uq_lti_deployment_public_id ON lti_deployment (public_id);
