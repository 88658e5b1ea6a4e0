-- When each request was last sent, kept beside its state: the dashboard lists the requests waiting
-- longest for an answer, and a correlated look-up in request_event for each sent request of a large
-- practice made that list cost seconds.
ALTER TABLE feedback_request ADD COLUMN last_sent_at DATETIME(6);

UPDATE feedback_request r
SET r.last_sent_at = (SELECT MAX(e.occurred_at) FROM request_event e WHERE e.request_id = r.id AND e.type = 'SENT');

-- the waiting list: a practice's requests in one state, longest waiting first
CREATE INDEX feedback_request_waiting_idx ON feedback_request (practice_id, state, last_sent_at);
-- the late list: a practice's unsent requests, by when the rejection arrived
CREATE INDEX feedback_request_late_idx ON feedback_request (practice_id, state, rejection_at);
-- a coach's waiting list: their clients' requests in one state, by last send
CREATE INDEX feedback_request_client_waiting_idx ON feedback_request (client_id, state, last_sent_at);
