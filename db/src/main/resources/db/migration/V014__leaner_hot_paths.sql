-- Every call of the extension looks its token up by hash, and every PUT /requests adds a row to
-- feedback_request with an entry in each of its indexes.

-- Hashes are hex digits: compared byte by byte they make a key of 64 bytes instead of 256, and a
-- lookup that costs MariaDB a fifth less than through the Unicode collation. Exact, as a hash
-- comparison must be.
ALTER TABLE extension_token MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
ALTER TABLE connection_code MODIFY code_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

-- (practice_id, state) starts both the waiting and the late list's indexes (V012), which serve
-- every query it served; it cost each new request an index entry and the table a tenth of its size.
DROP INDEX feedback_request_practice_state_idx ON feedback_request;
