-- Generates practices, coaches, clients, libraries, templates, versions, feedback requests and their
-- events, set-based (INSERT ... SELECT over MariaDB's seq_1_to_N sequence tables), deterministically:
-- every value comes from the row's number through cheap hashes, so a run is repeatable.
--
-- Variables (set by run.sh before sourcing this file):
--   @practice_no  the practice's number (0 = the large firm, 1..20 the small practices)
--   @coaches, @clients   how many of each the practice has (created only when @first_request = 1)
--   @first_request, @last_request   the request numbers to create now (so a second call adds to a first)
-- Ids read as <kind>0000000-0000-0000-<practice no. in hex>-<number in hex>.

SET @p = LPAD(HEX(@practice_no), 4, '0');
SET @practice = CONCAT('10000000-0000-0000-', @p, '-000000000000');
SET @start = TIMESTAMP('2023-12-01 00:00:00');
SET @span_seconds = 3 * 365 * 24 * 3600;

DELIMITER //
CREATE FUNCTION IF NOT EXISTS bench_id(kind CHAR(1), practice CHAR(4), n BIGINT) RETURNS CHAR(36) DETERMINISTIC
    RETURN CONCAT(kind, '0000000-0000-0000-', practice, '-', LPAD(HEX(n), 12, '0'))//
DELIMITER ;

INSERT IGNORE INTO practice (id, name, time_zone, created_at)
VALUES (@practice, IF(@practice_no = 0, 'Outplacement firm', CONCAT('Small practice ', @practice_no)),
        'Europe/Paris', @start);

-- coaches: number 1 is the owner
INSERT IGNORE INTO coach (id, practice_id, email, display_name, password_hash, role, enabled, created_at)
SELECT bench_id('2', @p, seq), @practice, CONCAT('coach', seq, '@p', @practice_no, '.bench.test'),
       CONCAT('Coach ', LPAD(seq, 2, '0')), '{noop}unused', IF(seq = 1, 'OWNER', 'COACH'), TRUE, @start
FROM seq_1_to_1000 WHERE seq <= @coaches;

INSERT IGNORE INTO client (id, practice_id, coach_id, name, email, status, created_at)
SELECT bench_id('3', @p, seq), @practice, bench_id('2', @p, 1 + seq % @coaches), CONCAT('Client ', LPAD(seq, 5, '0')),
       CONCAT('client', seq, '@p', @practice_no, '.bench.test'), 'ACTIVE', @start
FROM seq_1_to_100000 WHERE seq <= @clients;

-- four libraries (one for a small practice), three templates each, three versions each
INSERT IGNORE INTO template_library (id, practice_id, name, author_id, created_at)
SELECT bench_id('4', @p, seq), @practice, ELT(seq, 'Core emails', 'Graduate roles', 'Executive search', 'Phone scripts'),
       bench_id('2', @p, 1), @start
FROM seq_1_to_4 WHERE seq <= IF(@practice_no = 0, 4, 1);

INSERT IGNORE INTO template (id, practice_id, library_id, name, kind, status, body, current_version, updated_at, updated_by)
SELECT bench_id('5', @p, seq), @practice, bench_id('4', @p, 1 + (seq - 1) DIV 3),
       CONCAT(ELT(1 + (seq - 1) % 3, 'Warm thanks', 'Short and direct', 'Ask one question'), ' ', 1 + (seq - 1) DIV 3),
       'EMAIL', 'PUBLISHED', 'Thank you for your time.', 3, @start, bench_id('2', @p, 1)
FROM seq_1_to_12 WHERE seq <= IF(@practice_no = 0, 12, 3);

INSERT IGNORE INTO template_version (id, practice_id, template_id, version, body, author_id, created_at)
SELECT bench_id('6', @p, (t.seq - 1) * 3 + v.seq), @practice, bench_id('5', @p, t.seq), v.seq,
       CONCAT('Thank you for your time, version ', v.seq), bench_id('2', @p, 1), @start
FROM seq_1_to_12 t JOIN seq_1_to_3 v WHERE t.seq <= IF(@practice_no = 0, 12, 3);

SET @templates = IF(@practice_no = 0, 12, 3);

-- Requests, updated "now", as a real write would be (the refresher takes in what changed since its
-- last run). r = a hash of n in 0..9999 per use, so columns do not move together. Outcome (u, 0..99):
-- 0-7 logged only, 8-12 drafted, 13-16 withdrawn, 17-22 sent and waiting, 23-44 feedback,
-- 45-59 declined, 60-99 no reply; a request sent within 24 h gets feedback more often.
INSERT INTO feedback_request (id, practice_id, client_id, template_version_id, company, role, webmail, channel,
                              rejection_at, state, created_at, updated_at)
SELECT id, @practice, client_id, version_id, company, 'Analyst', webmail, IF(webmail IS NULL, 'PHONE', 'EMAIL'),
       rejection_at, state, rejection_at, UTC_TIMESTAMP(6)
FROM (
    SELECT bench_id('7', @p, seq) AS id,
           bench_id('3', @p, 1 + (seq * 7919) % @clients) AS client_id,
           IF((seq * 31) % 10 = 0, NULL,
              bench_id('6', @p, ((seq * 13) % @templates) * 3 + 1 + LEAST(2, FLOOR(((seq * 104729) % @span_seconds) / (@span_seconds / 3))))) AS version_id,
           CONCAT('Company ', (seq * 97) % 3000) AS company,
           ELT(1 + (seq * 17) % 10, 'gmail', 'gmail', 'gmail', 'gmail', 'outlook', 'outlook', 'outlook', 'yahoo', 'other', NULL) AS webmail,
           @start + INTERVAL ((seq * 104729) % @span_seconds) SECOND AS rejection_at,
           CASE
               WHEN (seq * 7103) % 100 < 8 THEN 'REJECTION_LOGGED'
               WHEN (seq * 7103) % 100 < 13 THEN 'DRAFTED'
               WHEN (seq * 7103) % 100 < 17 THEN 'WITHDRAWN'
               WHEN (seq * 7103) % 100 < 23 THEN 'SENT'
               WHEN (seq * 7103) % 100 < 45 OR ((seq * 7103) % 100 >= 60 AND (seq * 7) % 100 < 55 AND (seq * 3) % 10 < 2) THEN 'REPLIED_FEEDBACK'
               WHEN (seq * 7103) % 100 < 60 THEN 'REPLIED_DECLINED'
               ELSE 'NO_REPLY'
           END AS state
    FROM seq_1_to_1000000
    WHERE seq BETWEEN @first_request AND @last_request
) generated;

-- Events: 1 logged, 2 drafted, 3 sent (or withdrawn), 4 the outcome. The time to send follows
-- (n * 7) % 100: under 55 within 24 h, under 85 within 72 h, else up to a week; replies come 1 h to 30 days later.
INSERT INTO request_event (id, practice_id, request_id, type, occurred_at, received_at, source)
SELECT bench_id(CHAR(ASCII('a') + e.seq - 1), @p, r.n), @practice, r.id,
       CASE e.seq WHEN 1 THEN 'REJECTION_LOGGED' WHEN 2 THEN 'DRAFTED'
                  WHEN 3 THEN IF(r.state = 'WITHDRAWN', 'WITHDRAWN', 'SENT') ELSE r.state END,
       CASE e.seq WHEN 1 THEN r.rejection_at WHEN 2 THEN r.rejection_at + INTERVAL 10 MINUTE
                  WHEN 3 THEN r.sent_at ELSE r.sent_at + INTERVAL r.reply_minutes MINUTE END,
       r.rejection_at, IF(e.seq = 4 AND r.state = 'NO_REPLY', 'SYSTEM', 'EXTENSION')
FROM (
    SELECT id, state, rejection_at, CONV(RIGHT(id, 12), 16, 10) AS n,
           rejection_at + INTERVAL (CASE WHEN (CONV(RIGHT(id, 12), 16, 10) * 7) % 100 < 55 THEN 15 + (CONV(RIGHT(id, 12), 16, 10) * 11) % 1400
                                          WHEN (CONV(RIGHT(id, 12), 16, 10) * 7) % 100 < 85 THEN 1440 + (CONV(RIGHT(id, 12), 16, 10) * 11) % 2880
                                          ELSE 4320 + (CONV(RIGHT(id, 12), 16, 10) * 11) % 5760 END) MINUTE AS sent_at,
           IF(state = 'NO_REPLY', 14400,
              60 + FLOOR(POW(((CONV(RIGHT(id, 12), 16, 10) * 389) % 1000) / 1000, 3) * 43140)) AS reply_minutes
    FROM feedback_request
    WHERE practice_id = @practice
      AND CONV(RIGHT(id, 12), 16, 10) BETWEEN @first_request AND @last_request
) r
JOIN seq_1_to_4 e
  ON e.seq = 1
  OR (e.seq = 2 AND r.state <> 'REJECTION_LOGGED')
  OR (e.seq = 3 AND r.state NOT IN ('REJECTION_LOGGED', 'DRAFTED'))
  OR (e.seq = 4 AND r.state IN ('REPLIED_FEEDBACK', 'REPLIED_DECLINED', 'NO_REPLY'));
