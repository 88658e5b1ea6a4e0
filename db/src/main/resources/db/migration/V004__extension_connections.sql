-- How a job seeker's browser extension connects: a coach hands out a single-use connection code,
-- the extension exchanges it for a bearer token. Both are stored only as SHA-256 hashes.

CREATE TABLE connection_code (
    id          UUID        NOT NULL,
    practice_id UUID        NOT NULL,
    client_id   UUID        NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    created_by  UUID        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT connection_code_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT connection_code_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT connection_code_created_by_fk FOREIGN KEY (created_by) REFERENCES coach (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX connection_code_hash_uk ON connection_code (code_hash);
CREATE INDEX connection_code_client_idx ON connection_code (client_id);

CREATE TABLE extension_token (
    id           UUID        NOT NULL,
    practice_id  UUID        NOT NULL,
    client_id    UUID        NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    label        VARCHAR(80) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT extension_token_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT extension_token_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX extension_token_hash_uk ON extension_token (token_hash);
CREATE INDEX extension_token_client_idx ON extension_token (client_id);

-- Wrong connection codes per address, shared by every node, to slow down guessing.
CREATE TABLE connection_failure (
    id        UUID        NOT NULL,
    address   VARCHAR(64) NOT NULL,
    failed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX connection_failure_address_idx ON connection_failure (address, failed_at);
