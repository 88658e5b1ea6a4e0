-- Reports read summaries, never the million request rows themselves. A refresher (every minute, on
-- any number of nodes) keeps them right:
--   feedback_request/request_event --(changed since the watermark)--> report_request (one row per
--   request, its dimensions and outcome) --(per dirty practice-month)--> report_month,
--   report_month_coach, report_month_client.
-- Months are calendar months in the practice's time zone, of the rejection. The nil UUID stands for
-- "none" (no template picked) and, as a coach, for "every coach of the practice".

-- Where the refresher finds what changed, and the months a report reads.
CREATE INDEX feedback_request_practice_updated_idx ON feedback_request (practice_id, updated_at);
CREATE INDEX feedback_request_practice_rejection_idx ON feedback_request (practice_id, rejection_at);

-- One row per feedback request, as last seen by the refresher. speed: UNDER_24H, H24_TO_72H,
-- OVER_72H (rejection to the first SENT) or NOT_SENT; reply_bucket: the time from the first SENT to
-- the first reply, as one of ReplyTimeBuckets' sixteen buckets (null: no such reply).
CREATE TABLE report_request (
    practice_id       UUID        NOT NULL,
    month             DATE        NOT NULL,
    request_id        UUID        NOT NULL,
    client_id         UUID        NOT NULL,
    library_id        UUID        NOT NULL,
    template_id       UUID        NOT NULL,
    version_id        UUID        NOT NULL,
    webmail           VARCHAR(16) NOT NULL,
    speed             VARCHAR(12) NOT NULL,
    state             VARCHAR(24) NOT NULL,
    sent              BOOLEAN     NOT NULL,
    reply_bucket      TINYINT,
    source_updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (practice_id, month, request_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX report_request_request_uk ON report_request (request_id);
CREATE INDEX report_request_client_idx ON report_request (client_id, month);

-- The counts every report row is made of, per practice, coach (or nil: all coaches), month, library,
-- template version, webmail and time-to-send.
CREATE TABLE report_month (
    practice_id UUID        NOT NULL,
    coach_id    UUID        NOT NULL,
    month       DATE        NOT NULL,
    library_id  UUID        NOT NULL,
    version_id  UUID        NOT NULL,
    webmail     VARCHAR(16) NOT NULL,
    speed       VARCHAR(12) NOT NULL,
    template_id UUID        NOT NULL,
    requests    INT         NOT NULL,
    sent        INT         NOT NULL,
    feedback    INT         NOT NULL,
    declined    INT         NOT NULL,
    no_reply    INT         NOT NULL,
    withdrawn   INT         NOT NULL,
    reply_0     INT         NOT NULL,
    reply_1     INT         NOT NULL,
    reply_2     INT         NOT NULL,
    reply_3     INT         NOT NULL,
    reply_4     INT         NOT NULL,
    reply_5     INT         NOT NULL,
    reply_6     INT         NOT NULL,
    reply_7     INT         NOT NULL,
    reply_8     INT         NOT NULL,
    reply_9     INT         NOT NULL,
    reply_10    INT         NOT NULL,
    reply_11    INT         NOT NULL,
    reply_12    INT         NOT NULL,
    reply_13    INT         NOT NULL,
    reply_14    INT         NOT NULL,
    reply_15    INT         NOT NULL,
    PRIMARY KEY (practice_id, coach_id, month, library_id, version_id, webmail, speed)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same counts per coach and library only: the "by coach" breakdown.
CREATE TABLE report_month_coach (
    practice_id UUID NOT NULL,
    month       DATE NOT NULL,
    coach_id    UUID NOT NULL,
    library_id  UUID NOT NULL,
    requests    INT  NOT NULL,
    sent        INT  NOT NULL,
    feedback    INT  NOT NULL,
    declined    INT  NOT NULL,
    no_reply    INT  NOT NULL,
    withdrawn   INT  NOT NULL,
    reply_0     INT  NOT NULL,
    reply_1     INT  NOT NULL,
    reply_2     INT  NOT NULL,
    reply_3     INT  NOT NULL,
    reply_4     INT  NOT NULL,
    reply_5     INT  NOT NULL,
    reply_6     INT  NOT NULL,
    reply_7     INT  NOT NULL,
    reply_8     INT  NOT NULL,
    reply_9     INT  NOT NULL,
    reply_10    INT  NOT NULL,
    reply_11    INT  NOT NULL,
    reply_12    INT  NOT NULL,
    reply_13    INT  NOT NULL,
    reply_14    INT  NOT NULL,
    reply_15    INT  NOT NULL,
    PRIMARY KEY (practice_id, month, coach_id, library_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same counts per client and library: the "by client" breakdown, read a page of clients at a time.
CREATE TABLE report_month_client (
    practice_id UUID NOT NULL,
    client_id   UUID NOT NULL,
    month       DATE NOT NULL,
    library_id  UUID NOT NULL,
    requests    INT  NOT NULL,
    sent        INT  NOT NULL,
    feedback    INT  NOT NULL,
    declined    INT  NOT NULL,
    no_reply    INT  NOT NULL,
    withdrawn   INT  NOT NULL,
    reply_0     INT  NOT NULL,
    reply_1     INT  NOT NULL,
    reply_2     INT  NOT NULL,
    reply_3     INT  NOT NULL,
    reply_4     INT  NOT NULL,
    reply_5     INT  NOT NULL,
    reply_6     INT  NOT NULL,
    reply_7     INT  NOT NULL,
    reply_8     INT  NOT NULL,
    reply_9     INT  NOT NULL,
    reply_10    INT  NOT NULL,
    reply_11    INT  NOT NULL,
    reply_12    INT  NOT NULL,
    reply_13    INT  NOT NULL,
    reply_14    INT  NOT NULL,
    reply_15    INT  NOT NULL,
    PRIMARY KEY (practice_id, client_id, month, library_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Months whose summaries must be recomputed. A new mark changes the token, so a node that was
-- recomputing the month meanwhile clears only the mark it saw, never a newer one.
CREATE TABLE report_dirty_month (
    practice_id UUID NOT NULL,
    month       DATE NOT NULL,
    token       UUID NOT NULL,
    PRIMARY KEY (practice_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far each practice's requests have been read: the greatest updated_at taken in so far.
CREATE TABLE report_refresh (
    practice_id       UUID        NOT NULL,
    refreshed_through DATETIME(6) NOT NULL,
    PRIMARY KEY (practice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each client's coach as the summaries count it: a client handed to another coach shows up as a
-- difference with client.coach_id, and their months are recomputed.
CREATE TABLE report_client (
    practice_id UUID NOT NULL,
    client_id   UUID NOT NULL,
    coach_id    UUID NOT NULL,
    PRIMARY KEY (practice_id, client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
