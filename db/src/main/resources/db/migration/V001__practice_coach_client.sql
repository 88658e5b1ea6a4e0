-- The tenant, its staff and its clients. Every tenant row carries its practice.
-- Times are UTC, DATETIME(6); ids are UUIDs chosen by the application.

CREATE TABLE practice (
    id            UUID         NOT NULL,
    name          VARCHAR(120) NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    no_reply_days INT          NOT NULL DEFAULT 10,
    follow_up_day INT          NOT NULL DEFAULT 7,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT practice_no_reply_days_ck CHECK (no_reply_days BETWEEN 1 AND 90),
    CONSTRAINT practice_follow_up_day_ck CHECK (follow_up_day BETWEEN 1 AND 60)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row, written once, when the first practice is set up: the primary key
-- makes a second set-up fail even when two arrive at the same moment.
CREATE TABLE installation (
    id          INT         NOT NULL,
    practice_id UUID        NOT NULL,
    set_up_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT installation_single_ck CHECK (id = 1),
    CONSTRAINT installation_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE coach (
    id            UUID         NOT NULL,
    practice_id   UUID         NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT coach_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT coach_role_ck CHECK (role IN ('OWNER', 'COACH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A log-in name is unique across practices: the email alone finds the account.
CREATE UNIQUE INDEX coach_email_uk ON coach (email);
CREATE INDEX coach_practice_idx ON coach (practice_id, display_name);

CREATE TABLE client (
    id           UUID         NOT NULL,
    practice_id  UUID         NOT NULL,
    coach_id     UUID         NOT NULL,
    name         VARCHAR(120) NOT NULL,
    email        VARCHAR(254),
    target_field VARCHAR(120),
    status       VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT client_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT client_coach_fk FOREIGN KEY (coach_id) REFERENCES coach (id),
    CONSTRAINT client_status_ck CHECK (status IN ('ACTIVE', 'ARCHIVED', 'ERASED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX client_practice_email_uk ON client (practice_id, email);
CREATE INDEX client_practice_name_idx ON client (practice_id, name);
CREATE INDEX client_coach_name_idx ON client (coach_id, name);

-- Failed log-ins, counted per account and per address, shared by every node.
-- The delay grows with the count; nothing locks an account outright.
CREATE TABLE login_throttle (
    scope           VARCHAR(16)  NOT NULL,
    throttle_key    VARCHAR(254) NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (scope, throttle_key),
    CONSTRAINT login_throttle_scope_ck CHECK (scope IN ('ACCOUNT', 'ADDRESS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
