-- Practice settings the owner edits: the follow-up template the extension offers every client, and
-- the address the extension reaches this server on (carried in connection codes). NULL means none
-- for the template, and for the address the one the portal is being served on.

ALTER TABLE practice ADD COLUMN follow_up_template_id UUID;
ALTER TABLE practice ADD COLUMN public_address VARCHAR(255);
ALTER TABLE practice ADD CONSTRAINT practice_follow_up_template_fk
    FOREIGN KEY (follow_up_template_id) REFERENCES template (id);
