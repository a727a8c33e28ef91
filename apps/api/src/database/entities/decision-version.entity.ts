import type { Language } from '@gbdw/drafting';
import type { Relation } from 'typeorm';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Decision } from './decision.entity.js';
import { languageCheck } from './language-check.js';

/** A decision's chapeau (and, once adopted, its final text) in a language other than its working language. */
@Entity({ name: 'decision_versions' })
@Check('decision_versions_lang', languageCheck('lang'))
export class DecisionVersion {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' }) decisionId: string;
  @ManyToOne(() => Decision) @JoinColumn({ name: 'decision_id' }) decision?: Relation<Decision>;
  @PrimaryColumn({ type: 'varchar', length: 2 }) lang: Language;
  @Column({ type: 'text' }) chapeau: string;
  @Column({ name: 'final_text', type: 'text', nullable: true }) finalText: string | null;
  @Column({ name: 'reference_line', type: 'text', nullable: true }) referenceLine: string | null;
}
