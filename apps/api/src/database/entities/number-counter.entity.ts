import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number given in a series (D26(b)/GOV, or D26(b)/GOV/1/S/EMP) of one decision or adjustment. */
@Entity({ name: 'number_counters' })
export class NumberCounter {
  @PrimaryColumn({ name: 'scope_id', type: 'uuid' }) scopeId: string;
  @PrimaryColumn({ type: 'varchar', length: 120 }) series: string;
  @Column({ type: 'integer' }) last: number;
}
