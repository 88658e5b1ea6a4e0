-- The client book lists a practice's (or a coach's) clients of one status sorted by name, a page
-- at a time: these indexes let it read the page in order instead of sorting every client.
-- Name and email prefix searches use client_practice_name_idx and client_practice_email_uk (V001).

CREATE INDEX client_practice_status_name_idx ON client (practice_id, status, name);
CREATE INDEX client_coach_status_name_idx ON client (coach_id, status, name);
