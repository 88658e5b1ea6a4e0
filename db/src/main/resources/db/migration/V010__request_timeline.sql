-- The coach's side of a request: who recorded a portal event, feedback notes with strength and
-- to-improve tags, and what the no-reply job needs to find its requests quickly.

-- The coach who recorded an event in the portal; empty for the extension and the system.
ALTER TABLE request_event ADD COLUMN recorded_by UUID;
ALTER TABLE request_event ADD CONSTRAINT request_event_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES coach (id);

-- The no-reply job looks for SENT requests across every practice.
CREATE INDEX feedback_request_state_idx ON feedback_request (state);
-- Follow-ups of a request: a reply to one resolves its parent.
CREATE INDEX feedback_request_parent_idx ON feedback_request (parent_id);

-- A coach's feedback note on a request: what the employer said, in the coach's words. The id is
-- chosen by the portal once per dialog, so a double click writes one note.
CREATE TABLE request_note (
    id          UUID          NOT NULL,
    practice_id UUID          NOT NULL,
    request_id  UUID          NOT NULL,
    author_id   UUID          NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT request_note_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT request_note_request_fk FOREIGN KEY (request_id) REFERENCES feedback_request (id),
    CONSTRAINT request_note_author_fk FOREIGN KEY (author_id) REFERENCES coach (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX request_note_request_idx ON request_note (request_id, created_at);
CREATE INDEX request_note_practice_idx ON request_note (practice_id, created_at);

-- A practice's tags, normalised (trimmed, single spaces, lower case) so "Communication " and
-- "communication" count as one theme. Kind is STRENGTH or TO_IMPROVE.
CREATE TABLE feedback_tag (
    id          UUID        NOT NULL,
    practice_id UUID        NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    name        VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT feedback_tag_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT feedback_tag_kind_ck CHECK (kind IN ('STRENGTH', 'TO_IMPROVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX feedback_tag_name_uk ON feedback_tag (practice_id, kind, name);

CREATE TABLE note_tag (
    note_id     UUID NOT NULL,
    tag_id      UUID NOT NULL,
    practice_id UUID NOT NULL,
    PRIMARY KEY (note_id, tag_id),
    CONSTRAINT note_tag_note_fk FOREIGN KEY (note_id) REFERENCES request_note (id),
    CONSTRAINT note_tag_tag_fk FOREIGN KEY (tag_id) REFERENCES feedback_tag (id),
    CONSTRAINT note_tag_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX note_tag_tag_idx ON note_tag (tag_id);
