import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import type { WorkflowActor } from './actor.js';
import type { Facts, GuardArgs, Transition, WorkflowDefinition, WorkflowEvent } from './define.js';

export type { Facts, WorkflowEvent } from './define.js';

export interface PersistedWorkflow {
  value: string;
  context: Record<string, unknown>;
  machineVersion: number;
}

/** The domain rule that refused an event: the 409's code and message. */
export interface Refusal {
  code: string;
  message: string;
}

/** What the engine rules on one event: taken, with its effects, or refused, with why and what is allowed instead. */
export type Verdict =
  | { ok: true; from: string; to: string; effects: readonly string[]; snapshot: AnyMachineSnapshot; persisted: PersistedWorkflow }
  | { ok: false; reason: 'not_in_state' | 'forbidden' | 'guard'; state: string; refusal: Refusal | null; allowed: string[] };

// The engine works on any workflow; each machine's context, facts and effects are its own business.
type AnyDefinition = WorkflowDefinition<Record<string, unknown>, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: any definition, whatever its facts and effects (their variance differs)
type SomeDefinition<C extends Record<string, unknown>, I, F extends Facts> = WorkflowDefinition<C, I, F, any>;
const asAny = <C extends Record<string, unknown>, I, F extends Facts>(def: SomeDefinition<C, I, F>) => def as unknown as AnyDefinition;

export function start<C extends Record<string, unknown>, I, F extends Facts>(def: SomeDefinition<C, I, F>, input: I): PersistedWorkflow {
  const [snapshot] = initialTransition(def.machine, input);
  return persist(def, snapshot);
}

/** The state's name after the renames of every later machine version. */
function currentStateName(def: Pick<AnyDefinition, 'version' | 'stateRenames'>, stored: PersistedWorkflow): string {
  let value = stored.value;
  for (let v = stored.machineVersion + 1; v <= def.version; v++) value = def.stateRenames?.[v]?.[value] ?? value;
  return value;
}

export function restore<C extends Record<string, unknown>, I, F extends Facts>(def: SomeDefinition<C, I, F>, stored: PersistedWorkflow): AnyMachineSnapshot {
  return def.machine.resolveState({ value: currentStateName(def, stored), context: stored.context });
}

function persist<C extends Record<string, unknown>, I, F extends Facts>(def: SomeDefinition<C, I, F>, snapshot: AnyMachineSnapshot): PersistedWorkflow {
  return { value: String(snapshot.value), context: snapshot.context as Record<string, unknown>, machineVersion: def.version };
}

/** The candidate transitions of an event in a state, from the spec (the machine is built from it). */
export function candidates<C extends Record<string, unknown>, I, F extends Facts>(
  def: SomeDefinition<C, I, F>,
  state: string,
  type: string,
): readonly Transition[] {
  return def.states[state]?.on?.[type] ?? [];
}

/** The index of the first guard of `t` that refuses, or -1 when all hold. */
function failingGuard(def: AnyDefinition, t: Transition, args: GuardArgs<Record<string, unknown>>): number {
  return (t.guards ?? []).findIndex((g) => !def.guards[g].test(args));
}

/** Checks and applies one event; pure. The permission rule first (403), then the state, then the domain guards (409 with their own code). */
export function decide<C extends Record<string, unknown>, I, F extends Facts>(
  typed: SomeDefinition<C, I, F>,
  stored: PersistedWorkflow,
  event: WorkflowEvent<F>,
): Verdict {
  const def = asAny(typed);
  const snapshot = restore(def, stored);
  const state = String(snapshot.value);
  const context = snapshot.context as Record<string, unknown>;
  const fail = (reason: 'not_in_state' | 'forbidden' | 'guard', refusal: Refusal | null = null): Verdict => ({
    ok: false,
    reason,
    state,
    refusal,
    allowed: event.actor.role === 'system' ? [] : allowedEvents(def, stored, event.actor, event.facts),
  });
  // Who may send it is checked before when: a 403 stays a 403 whatever the state.
  if ([...def.events, ...def.systemEvents].includes(event.type) && !def.permitted(event.type, event.actor, context)) return fail('forbidden');
  const ts = candidates(def, state, event.type);
  if (!ts.length) return fail('not_in_state');
  const args = { context, event };
  const failing = ts.map((t) => failingGuard(def, t, args));
  const taken = failing.indexOf(-1);
  if (taken < 0) {
    // The candidate that came furthest names the rule that stood in the way.
    const furthest = failing.reduce((best, f, i) => (f > failing[best] ? i : best), 0);
    const guard = def.guards[ts[furthest].guards![failing[furthest]]];
    return fail('guard', { code: guard.code, message: guard.message(args) });
  }
  const [next] = transition(def.machine, snapshot, event);
  const to = String(next.value);
  if (to !== (ts[taken].target ?? state)) throw new Error(`${def.kind}: the machine went to ${to}, the spec says ${ts[taken].target ?? state}`);
  return { ok: true, from: state, to, effects: ts[taken].effects ?? [], snapshot: next, persisted: persist(def, next) };
}

/** Every combination of an event's declared parameters ([{}] for an event that takes none). */
function parameterSets(def: AnyDefinition, type: string): Record<string, unknown>[] {
  let sets: Record<string, unknown>[] = [{}];
  for (const [name, values] of Object.entries(def.parameters?.[type] ?? {})) sets = sets.flatMap((s) => values.map((v) => ({ ...s, [name]: v })));
  return sets;
}

/**
 * For each event this actor may send now, the parameter values with which it would succeed: read
 * from the spec the machine is built from (the same permission and guards as `decide`), without
 * restoring a machine per row — lists of hundreds of amendments ask this for every row.
 */
export function allowedEventParameters<C extends Record<string, unknown>, I, F extends Facts>(
  typed: SomeDefinition<C, I, F>,
  stored: PersistedWorkflow,
  actor: WorkflowActor,
  facts: F,
): Record<string, Record<string, unknown>[]> {
  const def = asAny(typed);
  const state = currentStateName(def, stored);
  const context = stored.context;
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const type of def.events) {
    const ts = candidates(def, state, type);
    if (!ts.length || !def.permitted(type, actor, context)) continue;
    const ok = parameterSets(def, type).filter((params) => ts.some((t) => failingGuard(def, t, { context, event: { type, actor, facts, params } }) === -1));
    if (ok.length) out[type] = ok;
  }
  return out;
}

/** Exactly the events that would succeed now for this actor, from the machine itself. */
export function allowedEvents<C extends Record<string, unknown>, I, F extends Facts>(
  def: SomeDefinition<C, I, F>,
  stored: PersistedWorkflow,
  actor: WorkflowActor,
  facts: F,
): string[] {
  return Object.keys(allowedEventParameters(def, stored, actor, facts));
}
