-- Coaches join a practice through a one-time invitation link, and get back in through a one-time
-- password-reset link; the owner hands both over (no email is sent). Each link carries a random
-- token of 256 bits, stored only as its SHA-256 hash.

CREATE TABLE coach_invitation (
    id           UUID         NOT NULL,
    practice_id  UUID         NOT NULL,
    email        VARCHAR(254) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    invited_by   UUID         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    accepted_at  DATETIME(6),
    coach_id     UUID,
    revoked_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT coach_invitation_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT coach_invitation_invited_by_fk FOREIGN KEY (invited_by) REFERENCES coach (id),
    CONSTRAINT coach_invitation_coach_fk FOREIGN KEY (coach_id) REFERENCES coach (id),
    CONSTRAINT coach_invitation_role_ck CHECK (role IN ('OWNER', 'COACH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX coach_invitation_token_uk ON coach_invitation (token_hash);
-- the pending list and the "email already invited" check read a practice's invitations by email
CREATE INDEX coach_invitation_practice_email_idx ON coach_invitation (practice_id, email);

CREATE TABLE password_reset (
    id          UUID        NOT NULL,
    practice_id UUID        NOT NULL,
    coach_id    UUID        NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    issued_by   UUID        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    voided_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT password_reset_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT password_reset_coach_fk FOREIGN KEY (coach_id) REFERENCES coach (id),
    CONSTRAINT password_reset_issued_by_fk FOREIGN KEY (issued_by) REFERENCES coach (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX password_reset_token_uk ON password_reset (token_hash);
CREATE INDEX password_reset_coach_idx ON password_reset (coach_id, used_at);

-- Enabling and disabling coaches bump this, so two owners doing so at the same moment write the
-- same row and take turns (on one server by its row lock, across a Galera cluster by certification):
-- the practice never ends up without an enabled owner.
ALTER TABLE practice ADD COLUMN roster_version INT NOT NULL DEFAULT 0;
