import type { Relation } from 'typeorm';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Decision } from './decision.entity.js';
import { Principal } from './principal.entity.js';

/** The order in which the Chair takes up a decision's amendments, as the Chair recorded it (issue #23); versioned like a workflow row. */
@Entity({ name: 'consideration_orders' })
@Check('consideration_orders_version', '"version" > 0')
export class ConsiderationOrder {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  /** The amendments' ids, first taken up first. */
  @Column({ name: 'amendment_ids', type: 'uuid', array: true }) amendmentIds: string[];
  @Column({ type: 'integer' }) version: number;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
  @ManyToOne(() => Principal) @JoinColumn({ name: 'recorded_by' }) recorder?: Relation<Principal>;
  @UpdateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
