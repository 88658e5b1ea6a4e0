-- A counter that moves whenever anything a client's GET /templates answer is made of changes in the
-- practice: a template, a version, a library, an assignment or the follow-up setting. It is read
-- with the extension's token on every call, so an unchanged answer is served from memory without a
-- query of its own, and every node sees a change on its next call.
ALTER TABLE practice ADD COLUMN templates_stamp BIGINT NOT NULL DEFAULT 0;
