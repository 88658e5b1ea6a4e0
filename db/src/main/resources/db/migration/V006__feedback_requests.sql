-- Every feedback request and everything that happened to it. Ids are chosen by the sender (the
-- extension makes a UUID), so a retried call finds the row it already wrote.

CREATE TABLE feedback_request (
    id                  UUID         NOT NULL,
    practice_id         UUID         NOT NULL,
    client_id           UUID         NOT NULL,
    template_version_id UUID,
    parent_id           UUID,
    company             VARCHAR(120) NOT NULL,
    role                VARCHAR(120),
    interviewer_name    VARCHAR(120),
    recipient_domain    VARCHAR(253),
    webmail             VARCHAR(16),
    channel             VARCHAR(8)   NOT NULL,
    rejection_at        DATETIME(6)  NOT NULL,
    state               VARCHAR(24)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT feedback_request_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT feedback_request_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT feedback_request_version_fk FOREIGN KEY (template_version_id) REFERENCES template_version (id),
    CONSTRAINT feedback_request_parent_fk FOREIGN KEY (parent_id) REFERENCES feedback_request (id),
    CONSTRAINT feedback_request_channel_ck CHECK (channel IN ('EMAIL', 'PHONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX feedback_request_client_idx ON feedback_request (client_id, rejection_at);
CREATE INDEX feedback_request_practice_state_idx ON feedback_request (practice_id, state);

CREATE TABLE request_event (
    id          UUID        NOT NULL,
    practice_id UUID        NOT NULL,
    request_id  UUID        NOT NULL,
    type        VARCHAR(24) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    source      VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT request_event_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT request_event_request_fk FOREIGN KEY (request_id) REFERENCES feedback_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX request_event_request_idx ON request_event (request_id, occurred_at);
