-- The SQL of one workflow transition as the app runs it (WorkflowRunner.transition for DEFER or
-- REOPEN of a decision): the row locked, the guards' facts read, the conditional update, the audit
-- row (whose trigger NOTIFYs), in one transaction. Each pgbench client has its own decision.
BEGIN;
SELECT state, snapshot, machine_version, version FROM decisions WHERE id = (SELECT id FROM bench_decisions WHERE k = :client_id) FOR UPDATE;
SELECT count(*) FILTER (WHERE state = ANY('{submitted,circulated,under_consideration}'))::int AS pending, count(*) FILTER (WHERE state = 'adopted' AND parent_id IS NULL)::int AS adopted FROM amendments WHERE decision_id = (SELECT id FROM bench_decisions WHERE k = :client_id);
UPDATE decisions SET state = CASE state WHEN 'deferred' THEN 'amendment_window' ELSE 'deferred' END, snapshot = jsonb_set(snapshot, '{value}', to_jsonb(CASE state WHEN 'deferred' THEN 'amendment_window' ELSE 'deferred' END)), version = version + 1 WHERE id = (SELECT id FROM bench_decisions WHERE k = :client_id) RETURNING version;
INSERT INTO audit_events (request_id, actor_role, entity_type, entity_id, event, from_state, to_state, version, data) VALUES ('pgbench', 'chair', 'decision', (SELECT id::text FROM bench_decisions WHERE k = :client_id), 'DEFER', 'amendment_window', 'deferred', 0, '{}');
COMMIT;
