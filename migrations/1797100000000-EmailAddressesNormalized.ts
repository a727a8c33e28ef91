import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Addresses are kept as emailKey writes them (NFKC, lower case: apps/api/src/common/email-address.ts); those
 * stored before were only lower-cased. Each is brought to that form unless another person already holds it (then
 * the secretariat sees two people and keeps one). PostgreSQL normalizes only in a UTF8 database.
 */
export class EmailAddressesNormalized1797100000000 implements MigrationInterface {
  name = 'EmailAddressesNormalized1797100000000';

  public async up(q: QueryRunner): Promise<void> {
    const [{ server_encoding }] = await q.query('SHOW server_encoding');
    if (server_encoding !== 'UTF8') return;
    // One person per normalized address (the first made), and none whose address someone already holds.
    await q.query(`
      UPDATE principals p SET email = n.key
        FROM (SELECT DISTINCT ON (k.key) k.id, k.key
                FROM (SELECT id, created_at, lower(normalize(email, NFKC)) AS key FROM principals WHERE email IS NOT NULL) k
               WHERE NOT EXISTS (SELECT 1 FROM principals o WHERE o.email = k.key)
               ORDER BY k.key, k.created_at, k.id) n
       WHERE p.id = n.id`);
  }

  public async down(): Promise<void> {
    // The addresses as typed are not kept: normalized they stay.
  }
}
