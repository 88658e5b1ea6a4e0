-- Generates one practice with its coaches and clients, set-based (INSERT ... SELECT over MariaDB's
-- seq_1_to_N sequence tables) and deterministically: every value comes from the row's number through
-- cheap hashes (n * a prime, modulo the prime 1,000,003), so two runs load the same rows.
--
-- Variables (set by run.sh before sourcing this file):
--   @practice_no  the practice's number (0 = the large practice, 1.. the small ones)
--   @coaches      how many coaches (number 1 is the owner), at most 1,000
--   @clients      how many clients, at most 10,000
-- Ids read as <kind>0000000-0000-0000-<practice no. in hex>-<number in hex>: 1 practice, 2 coach, 3 client.
--
-- Clients: "First Last" from 48 first and 48 last names whose initials cover most of the alphabet
-- (so a one- or three-letter prefix finds a realistic share), emails in four common shapes
-- (first.last, f.last, last.first, firstlast) with a number that keeps them unique, on eight
-- domains; 85 % ACTIVE, 10 % ARCHIVED, 5 % ERASED (name replaced, email and target field removed,
-- as ClientRepository.erase leaves them); added over three years, spread evenly over the coaches.

SET @p = LPAD(HEX(@practice_no), 4, '0');
SET @practice = CONCAT('10000000-0000-0000-', @p, '-000000000000');
SET @start = TIMESTAMP('2023-12-01 09:00:00');
SET @span_seconds = 3 * 365 * 24 * 3600;
SET @first_names = 'Aaliyah,Amelia,Ben,Bruno,Camille,Carlos,Chloe,Daniel,Diego,Elena,Emma,Fatima,Felix,Grace,Hannah,'
    'Hugo,Ines,Isaac,Jack,Julia,Karim,Kenji,Laura,Leo,Lucas,Maria,Marco,Martin,Mei,Nadia,Noah,Olivia,Omar,Paul,'
    'Priya,Quentin,Rafael,Rosa,Sam,Sofia,Tom,Una,Victor,Wei,Xavier,Yara,Yusuf,Zoe';
SET @last_names = 'Abbott,Alvarez,Bauer,Brown,Chen,Costa,Dubois,Dvorak,Evans,Fischer,Garcia,Gonzalez,Hansen,Ibrahim,'
    'Ito,Jensen,Kaur,Kowalski,Lambert,Lopez,Martin,Meyer,Moreau,Nguyen,Novak,OBrien,Okafor,Patel,Petrov,Quinn,'
    'Rossi,Russo,Schmidt,Silva,Smith,Tanaka,Taylor,Ueda,Vargas,Weber,Williams,Wright,Xu,Yamamoto,Young,Zhang,'
    'Zimmermann,Ziegler';
SET @domains = 'gmail.com,outlook.com,yahoo.com,proton.me,icloud.com,free.fr,web.de,example.org';
SET @fields = 'Data analysis,Nursing,Software,Sales,Marketing,Finance,Teaching,Logistics,Design,Law';

INSERT INTO practice (id, name, time_zone, created_at)
VALUES (@practice, IF(@practice_no = 0, 'Outplacement firm', CONCAT('Small practice ', @practice_no)),
        'Europe/Paris', @start);

INSERT INTO coach (id, practice_id, email, display_name, password_hash, role, enabled, created_at)
SELECT CONCAT('20000000-0000-0000-', @p, '-', LPAD(HEX(seq), 12, '0')), @practice,
       CONCAT('coach', seq, '@p', @practice_no, '.bench.test'),
       CONCAT(SUBSTRING_INDEX(SUBSTRING_INDEX(@first_names, ',', 1 + (seq * 29) % 48), ',', -1), ' ',
              SUBSTRING_INDEX(SUBSTRING_INDEX(@last_names, ',', 1 + (seq * 17 + 5) % 48), ',', -1)),
       '{noop}unused', IF(seq = 1, 'OWNER', 'COACH'), TRUE, @start
FROM seq_1_to_1000 WHERE seq <= @coaches;

INSERT INTO client (id, practice_id, coach_id, name, email, target_field, status, created_at)
SELECT id, @practice, coach_id,
       IF(state = 'ERASED', 'Erased client', CONCAT(first, ' ', last)),
       IF(state = 'ERASED', NULL, LOWER(CONCAT(
           ELT(1 + shape, CONCAT(first, '.', last), CONCAT(LEFT(first, 1), '.', last), CONCAT(last, '.', first),
               CONCAT(first, last)),
           seq, '@', SUBSTRING_INDEX(SUBSTRING_INDEX(@domains, ',', 1 + (seq * 13) % 8), ',', -1)))),
       IF(state = 'ERASED' OR seq % 4 = 0, NULL, SUBSTRING_INDEX(SUBSTRING_INDEX(@fields, ',', 1 + (seq * 7) % 10), ',', -1)),
       state, created_at
FROM (
    SELECT seq,
           CONCAT('30000000-0000-0000-', @p, '-', LPAD(HEX(seq), 12, '0')) AS id,
           CONCAT('20000000-0000-0000-', @p, '-', LPAD(HEX(1 + (seq * 7919) % @coaches), 12, '0')) AS coach_id,
           SUBSTRING_INDEX(SUBSTRING_INDEX(@first_names, ',', 1 + (seq * 104729) % 1000003 % 48), ',', -1) AS first,
           SUBSTRING_INDEX(SUBSTRING_INDEX(@last_names, ',', 1 + (seq * 15485863) % 1000003 % 48), ',', -1) AS last,
           (seq * 3571) % 1000003 % 4 AS shape,
           CASE WHEN (seq * 7103) % 1000003 % 100 < 85 THEN 'ACTIVE' WHEN (seq * 7103) % 1000003 % 100 < 95 THEN 'ARCHIVED'
                ELSE 'ERASED' END AS state,
           @start + INTERVAL (seq * (@span_seconds DIV @clients) + (seq * 104729) % 3600) SECOND AS created_at
    FROM seq_1_to_10000 WHERE seq <= @clients
) generated;
