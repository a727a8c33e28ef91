import type { ErrorDef } from '@gbdw/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can name a row at all (anything else is simply not found, never a database error). */
export const isUuid = (id: string) => UUID.test(id);

/** The row with this id, or the 404 `notFound`; an id that is no uuid is simply not found. */
export async function findOrFail<T extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  notFound: ErrorDef,
  what: string,
): Promise<T> {
  const row = isUuid(id) ? await m.getRepository(entity).findOneBy({ id } as never) : null;
  if (!row) throw notFound.error(`No ${what} ${id}`);
  return row;
}

/**
 * Locks the row FOR SHARE (a filing against it waits for, and blocks, a transition of it),
 * then reads it; 404 when there is none.
 */
export async function lockForShare<T extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  entity: EntityTarget<T>,
  table: string,
  id: string,
  notFound: ErrorDef,
  what: string,
): Promise<T> {
  const rows = isUuid(id) ? await m.query(`SELECT id FROM ${table} WHERE id = $1 FOR SHARE`, [id]) : [];
  if (!rows.length) throw notFound.error(`No ${what} ${id}`);
  return m.getRepository(entity).findOneByOrFail({ id } as never);
}

/** Locks one row (FOR UPDATE, or FOR SHARE) in the caller's transaction; callers lock in a fixed order. */
export async function lockRow(m: EntityManager, table: string, id: string, forUpdate = true): Promise<void> {
  await m.query(`SELECT 1 FROM ${table} WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : 'FOR SHARE'}`, [id]);
}
