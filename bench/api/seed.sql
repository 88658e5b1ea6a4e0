-- One practice on the benchmark database: 5,000 clients, each with an extension token, and 500
-- published templates in 25 libraries, two libraries (40 templates) assigned to each client.
-- Runs after the application has migrated the empty schema. Tokens are "bench-token-<n>".
SET @p = 'b0000000-0000-4000-8000-000000000001';
SET @c = 'b0000000-0000-4000-8000-000000000002';
SET @now = UTC_TIMESTAMP(6);
SET @body = CONCAT(
  'Dear {{interviewer_name|the hiring team}},\n\n',
  'Thank you for taking the time to interview me for the {{role}} role at {{company}} on {{interview_date}}. ',
  'I appreciated learning about the team and the work, and I fully respect your decision.\n\n',
  'If you have a few minutes, I would be grateful for any feedback on my interview: what I could have done ',
  'better, and what came across well. Even a sentence or two would help me prepare for the next one.\n\n',
  '{{personal_note}}\n\n',
  'Thank you again, and I wish you and the team all the best.\n\n',
  'Kind regards,\n{{my_name}}');

INSERT INTO practice (id, name, time_zone, no_reply_days, follow_up_day, demo, created_at)
VALUES (@p, 'Benchmark practice', 'Europe/London', 10, 7, FALSE, @now);
INSERT INTO installation (id, practice_id, set_up_at) VALUES (1, @p, @now);
INSERT INTO coach (id, practice_id, email, display_name, password_hash, role, enabled, created_at)
VALUES (@c, @p, 'bench-owner@example.test', 'Bench Owner', '{noop}not-used', 'OWNER', TRUE, @now);

INSERT INTO template_library (id, practice_id, name, description, author_id, starter, created_at)
SELECT UUID(), @p, CONCAT('Library ', LPAD(seq, 2, '0')), 'Benchmark library', @c, FALSE, @now FROM seq_1_to_25;

-- each template also has a paragraph of its own, 80 words drawn at random, so that answers differ
-- and gzip meets text rather than 40 copies of one body
CREATE TEMPORARY TABLE paragraph (n INT PRIMARY KEY, text TEXT)
SELECT a.seq AS n, GROUP_CONCAT(ELT(1 + FLOOR(RAND() * 40), 'interview', 'feedback', 'team', 'role', 'grateful',
         'learned', 'project', 'experience', 'questions', 'conversation', 'appreciate', 'time', 'insight', 'skills',
         'growth', 'position', 'company', 'culture', 'approach', 'data', 'analysis', 'design', 'customers', 'future',
         'opportunity', 'decision', 'respect', 'thoughtful', 'process', 'panel', 'presentation', 'example', 'week',
         'manager', 'goals', 'technical', 'challenge', 'impressed', 'helpful', 'sincerely') SEPARATOR ' ') AS text
FROM seq_1_to_500 a JOIN seq_1_to_80 b GROUP BY a.seq;

INSERT INTO template (id, practice_id, library_id, name, kind, status, subject, body, current_version, updated_at, updated_by)
SELECT UUID(), @p, l.id, CONCAT(l.name, ' / template ', LPAD(s.seq, 2, '0')), 'EMAIL', 'PUBLISHED',
       'Thank you for the {{role}} interview', CONCAT(@body, '\n\nP.S. ', p.text), 1, @now, @c
FROM template_library l JOIN seq_1_to_20 s
JOIN paragraph p ON p.n = (CAST(SUBSTRING(l.name, 9) AS UNSIGNED) - 1) * 20 + s.seq
WHERE l.practice_id = @p;

INSERT INTO template_version (id, practice_id, template_id, version, subject, body, author_id, created_at)
SELECT UUID(), @p, t.id, 1, t.subject, t.body, @c, @now FROM template t WHERE t.practice_id = @p;

INSERT INTO client (id, practice_id, coach_id, name, email, target_field, status, created_at)
SELECT UUID(), @p, @c, CONCAT('Client ', seq), CONCAT('client', seq, '@example.test'), 'Data', 'ACTIVE', @now
FROM seq_1_to_5000;

CREATE TEMPORARY TABLE library_rank AS
SELECT id, ROW_NUMBER() OVER (ORDER BY name) - 1 AS r FROM template_library WHERE practice_id = @p;
CREATE TEMPORARY TABLE client_rank AS
SELECT id, CAST(SUBSTRING(email, 7, LOCATE('@', email) - 7) AS INT) AS n FROM client WHERE practice_id = @p;

INSERT INTO library_assignment (practice_id, library_id, client_id, assigned_by, assigned_at)
SELECT @p, l.id, c.id, @c, @now FROM client_rank c JOIN library_rank l ON l.r IN (c.n MOD 25, (c.n + 7) MOD 25);

-- never used yet: each token's first call writes its last use, as in real life
INSERT INTO extension_token (id, practice_id, client_id, token_hash, label, created_at)
SELECT UUID(), @p, c.id, SHA2(CONCAT('bench-token-', c.n), 256), 'Benchmark browser', @now FROM client_rank c;
