-- Coaches' notes on one request in ten of the large practice, each with one strength and one
-- to-improve tag out of ten of each: the dashboard's "feedback themes" read these.
SET @practice = '10000000-0000-0000-0000-000000000000';
SET @owner = (SELECT id FROM coach WHERE practice_id = @practice AND role = 'OWNER' LIMIT 1);

INSERT IGNORE INTO feedback_tag (id, practice_id, kind, name)
SELECT UUID(), @practice, IF(seq <= 10, 'STRENGTH', 'TO_IMPROVE'), CONCAT(IF(seq <= 10, 'strength ', 'to improve '), seq)
FROM seq_1_to_20;

INSERT INTO request_note (id, practice_id, request_id, author_id, body, created_at)
SELECT UUID(), r.practice_id, r.id, @owner, 'Benchmark note', r.updated_at
FROM feedback_request r WHERE r.practice_id = @practice AND CRC32(r.id) % 10 = 0;

CREATE TEMPORARY TABLE tag_rank AS
SELECT id, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY name) - 1 AS r FROM feedback_tag WHERE practice_id = @practice;

INSERT INTO note_tag (note_id, tag_id, practice_id)
SELECT n.id, t.id, @practice FROM request_note n JOIN tag_rank t ON t.r = CRC32(n.id) % 10
WHERE n.practice_id = @practice;

-- the generator writes states directly: fill in each request's last send as the application keeps it
UPDATE feedback_request r
SET r.last_sent_at = (SELECT MAX(e.occurred_at) FROM request_event e WHERE e.request_id = r.id AND e.type = 'SENT')
WHERE r.practice_id = @practice;
