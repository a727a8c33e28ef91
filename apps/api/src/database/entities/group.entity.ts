import { Column, Entity, PrimaryColumn } from 'typeorm';

export type GroupKind = 'employers' | 'workers' | 'government' | 'regional';
/** The kinds whose members speak for a government, and so have a country. */
export const GOVERNMENT_KINDS: readonly GroupKind[] = ['government', 'regional'];

/** A constituent group: Employers, Workers, Government or a regional government group. */
@Entity({ name: 'groups' })
export class Group {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: GroupKind;
}
