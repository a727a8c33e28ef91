import type { Relation } from 'typeorm';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Decision } from './decision.entity.js';

/** A lettered clause, stored without its label or trailing join; position orders and labels it. */
@Entity({ name: 'clauses' })
@Index('clauses_decision_idx', ['decisionId', 'position'])
export class Clause {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'text' }) text: string;
  /** The Office's text, for the draft variant. */
  @Column({ name: 'draft_text', type: 'text', nullable: true }) draftText: string | null;
  /** False once deleted by an adopted amendment (kept for the record). */
  @Column({ type: 'boolean', default: true }) live: boolean;
}
