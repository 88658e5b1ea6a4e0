-- Template libraries: practice-wide, curated by their author and the owner. A template's working
-- text lives on the template; every publication freezes an immutable version, which requests
-- point at, so reports stay true after edits.

CREATE TABLE template_library (
    id          UUID          NOT NULL,
    practice_id UUID          NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000),
    author_id   UUID          NOT NULL,
    starter     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT template_library_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT template_library_author_fk FOREIGN KEY (author_id) REFERENCES coach (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX template_library_name_uk ON template_library (practice_id, name);

CREATE TABLE template (
    id              UUID         NOT NULL,
    practice_id     UUID         NOT NULL,
    library_id      UUID         NOT NULL,
    name            VARCHAR(120) NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    subject         VARCHAR(200),
    body            TEXT         NOT NULL,
    current_version INT          NOT NULL DEFAULT 0,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      UUID         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT template_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT template_library_fk FOREIGN KEY (library_id) REFERENCES template_library (id),
    CONSTRAINT template_updated_by_fk FOREIGN KEY (updated_by) REFERENCES coach (id),
    CONSTRAINT template_kind_ck CHECK (kind IN ('EMAIL', 'FOLLOW_UP', 'PHONE', 'THANKS')),
    CONSTRAINT template_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX template_library_name_idx ON template (library_id, name);
CREATE INDEX template_practice_status_idx ON template (practice_id, status);

CREATE TABLE template_version (
    id                     UUID         NOT NULL,
    practice_id            UUID         NOT NULL,
    template_id            UUID         NOT NULL,
    version                INT          NOT NULL,
    subject                VARCHAR(200),
    body                   TEXT         NOT NULL,
    author_id              UUID         NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    -- the checks that warned when this version was published, and who said to publish anyway
    warnings               VARCHAR(400),
    warnings_confirmed_by  UUID,
    PRIMARY KEY (id),
    CONSTRAINT template_version_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT template_version_template_fk FOREIGN KEY (template_id) REFERENCES template (id),
    CONSTRAINT template_version_author_fk FOREIGN KEY (author_id) REFERENCES coach (id),
    CONSTRAINT template_version_confirmed_by_fk FOREIGN KEY (warnings_confirmed_by) REFERENCES coach (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX template_version_uk ON template_version (template_id, version);
