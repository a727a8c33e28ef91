-- The SQL of POST /statements as the app runs it (StatementsService.create through
-- AuditService.insertAudited): the statement and its audit row in one statement, the target's
-- existence checked inside it. {{author}} and {{decision}} are filled in by bench/lib.mjs.
WITH ins AS (
  INSERT INTO statements (target_type, target_id, body, stance, author_id, group_code, idempotency_key, request_hash)
  SELECT 'decision', '{{decision}}', 'The Workers support the draft decision as it stands.', 'support', '{{author}}', 'WKR', NULL, md5(random()::text) || md5(random()::text)
  WHERE EXISTS (SELECT 1 FROM decisions WHERE id = '{{decision}}'::uuid)
  ON CONFLICT (author_id, idempotency_key) DO NOTHING
  RETURNING id, target_type, target_id, body, stance, author_id, group_code, request_hash, created_at::text AS created_at),
aud AS (INSERT INTO audit_events (request_id, actor_id, actor_role, actor_group, entity_type, entity_id, event, from_state, to_state, version, data)
  SELECT 'pgbench', '{{author}}', 'member', 'WKR', 'statement', ins.id::text, 'STATEMENT_MADE', NULL, NULL, NULL, '{"stance": "support"}' FROM ins)
SELECT * FROM ins;
