import type { WorkflowDefinition } from './define.js';

/** The machine as a Mermaid state diagram, drawn from its spec: every transition with its guards and effects. */
export function mermaid<C extends Record<string, unknown>, I>(def: WorkflowDefinition<C, I>): string {
  const lines = ['stateDiagram-v2', `    [*] --> ${def.initial}`];
  for (const [state, spec] of Object.entries(def.states)) {
    if (spec.final) lines.push(`    ${state} --> [*]`);
    for (const [event, ts] of Object.entries(spec.on ?? {})) {
      for (const t of ts) {
        const guards = t.guards?.length ? ` [${t.guards.join(', ')}]` : '';
        const effects = t.effects?.length ? ` / ${t.effects.join(', ')}` : '';
        lines.push(`    ${state} --> ${t.target ?? state}: ${event}${guards}${effects}`);
      }
    }
  }
  return lines.join('\n');
}
