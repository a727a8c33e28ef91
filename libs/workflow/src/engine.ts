import { type AnyStateMachine, type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import type { WorkflowActor } from './actor.js';

/** What the service knows about the world that a guard needs (pending amendments, adopted decision…). */
export type Facts = Record<string, unknown>;

export interface WorkflowEvent {
  type: string;
  actor: WorkflowActor;
  facts: Facts;
  params: Record<string, unknown>;
}

export interface PersistedWorkflow {
  value: string;
  context: Record<string, unknown>;
  machineVersion: number;
}

/**
 * A workflow: its XState machine, the version of that machine, the event types a client may
 * name, and the permission rule the machine's guards use (so 403 and 409 can be told apart).
 */
export interface WorkflowDefinition<Ctx extends Record<string, unknown>, Input = Ctx> {
  kind: string;
  version: number;
  machine: AnyStateMachine;
  events: readonly string[];
  /** Events only the service sends (lapse, moot…); never in allowedEvents for a person. */
  systemEvents: readonly string[];
  permitted(event: string, actor: WorkflowActor, context: Ctx): boolean;
  /** Renames of states from older machine versions, so old snapshots still load. */
  stateRenames?: Record<number, Record<string, string>>;
}

export type Decision =
  | { ok: true; from: string; to: string; snapshot: AnyMachineSnapshot; persisted: PersistedWorkflow }
  | { ok: false; reason: 'not_in_state' | 'forbidden' | 'guard'; state: string; allowed: string[] };

export function start<Ctx extends Record<string, unknown>, Input>(def: WorkflowDefinition<Ctx, Input>, input: Input): PersistedWorkflow {
  const [snapshot] = initialTransition(def.machine, input);
  return persist(def, snapshot);
}

export function restore<Ctx extends Record<string, unknown>, Input>(def: WorkflowDefinition<Ctx, Input>, stored: PersistedWorkflow): AnyMachineSnapshot {
  let value = stored.value;
  for (let v = stored.machineVersion + 1; v <= def.version; v++) value = def.stateRenames?.[v]?.[value] ?? value;
  return def.machine.resolveState({ value, context: stored.context });
}

function persist<Ctx extends Record<string, unknown>, Input>(def: WorkflowDefinition<Ctx, Input>, snapshot: AnyMachineSnapshot): PersistedWorkflow {
  return { value: String(snapshot.value), context: snapshot.context as Record<string, unknown>, machineVersion: def.version };
}

/** Event types the active state handles at all, whoever sends them. */
function handled(snapshot: AnyMachineSnapshot): Set<string> {
  return new Set(snapshot._nodes.flatMap((n) => [...n.ownEvents]));
}

/** What this actor may send now: straight from the machine (snapshot.can), never a second list. */
export function allowedEvents<Ctx extends Record<string, unknown>, Input>(
  def: WorkflowDefinition<Ctx, Input>,
  stored: PersistedWorkflow,
  actor: WorkflowActor,
  facts: Facts,
): string[] {
  const snapshot = restore(def, stored);
  return def.events.filter((type) => snapshot.can({ type, actor, facts, params: {} }));
}

/** Checks and applies one event; pure. */
export function decide<Ctx extends Record<string, unknown>, Input>(
  def: WorkflowDefinition<Ctx, Input>,
  stored: PersistedWorkflow,
  event: WorkflowEvent,
): Decision {
  const snapshot = restore(def, stored);
  const state = String(snapshot.value);
  const fail = (reason: 'not_in_state' | 'forbidden' | 'guard'): Decision => ({
    ok: false,
    reason,
    state,
    allowed: event.actor.role === 'system' ? [] : allowedEvents(def, stored, event.actor, event.facts),
  });
  if (!handled(snapshot).has(event.type)) return fail('not_in_state');
  if (!def.permitted(event.type, event.actor, snapshot.context as Ctx)) return fail('forbidden');
  if (!snapshot.can(event)) return fail('guard');
  const [next] = transition(def.machine, snapshot, event);
  return { ok: true, from: state, to: String(next.value), snapshot: next, persisted: persist(def, next) };
}
