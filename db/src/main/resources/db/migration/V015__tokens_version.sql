-- A counter that moves whenever one of the practice's extension tokens may have stopped (or started
-- again) being good: a token revoked or deleted, a client archived, restored or erased. A node keeps
-- the tokens it has read in memory and, on every call, reads only this counter with the templates
-- stamp (one primary-key row, shared by concurrent calls): while it has not moved, the token read
-- before is still good, so a revocation still holds on the next call on every node. It moves in the
-- transaction that makes the change.
ALTER TABLE practice ADD COLUMN tokens_version BIGINT NOT NULL DEFAULT 0;
