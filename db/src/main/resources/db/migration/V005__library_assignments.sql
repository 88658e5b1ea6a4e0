-- Which template libraries a client gets: the extension offers the published templates of these.

CREATE TABLE library_assignment (
    practice_id UUID        NOT NULL,
    library_id  UUID        NOT NULL,
    client_id   UUID        NOT NULL,
    assigned_by UUID        NOT NULL,
    assigned_at DATETIME(6) NOT NULL,
    PRIMARY KEY (library_id, client_id),
    CONSTRAINT library_assignment_practice_fk FOREIGN KEY (practice_id) REFERENCES practice (id),
    CONSTRAINT library_assignment_library_fk FOREIGN KEY (library_id) REFERENCES template_library (id),
    CONSTRAINT library_assignment_client_fk FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT library_assignment_assigned_by_fk FOREIGN KEY (assigned_by) REFERENCES coach (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX library_assignment_client_idx ON library_assignment (client_id, library_id);
