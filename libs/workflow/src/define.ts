import { type AnyStateMachine, and, assign, setup } from 'xstate';
import type { WorkflowActor } from './actor.js';

/**
 * What the service knows about the world that a guard needs (pending amendments, adopted decision…).
 * Each machine names its own (`DecisionFacts`…), built by one pure function in its feature.
 */
export type Facts = Record<string, unknown>;

export interface WorkflowEvent<F extends Facts = Facts> {
  type: string;
  actor: WorkflowActor;
  facts: F;
  params: Record<string, unknown>;
}

export interface GuardArgs<C, F extends Facts = Facts> {
  context: C;
  event: WorkflowEvent<F>;
}

/** A domain rule on a transition, with the code and words of the 409 it gives when it refuses. */
export interface Guard<C, F extends Facts = Facts> {
  code: string;
  message: (a: GuardArgs<C, F>) => string;
  test: (a: GuardArgs<C, F>) => boolean;
}

/**
 * One way an event can go from a state: its guards (all must hold, after the permission
 * rule), the context it assigns, and the effects on the text and other objects that the
 * service applies in the same transaction, by name.
 */
export interface Transition<E extends string = string> {
  target?: string;
  guards?: readonly string[];
  assign?: string;
  effects?: readonly E[];
}

export interface StateSpec<E extends string = string> {
  final?: boolean;
  /** The candidates in order: the first whose guards hold is taken, as in XState. */
  on?: Record<string, readonly Transition<E>[]>;
}

/** A workflow: its context C, start input I, the facts F its guards weigh and the effects E it names. */
export interface WorkflowSpec<C extends Record<string, unknown>, I, F extends Facts = Facts, E extends string = string> {
  kind: string;
  version: number;
  initial: string;
  context: (input: I) => C;
  /** Events a person may send. */
  events: readonly string[];
  /** Events only the service sends (lapse, moot, supersede…); never in allowedEvents. */
  systemEvents: readonly string[];
  /** The parameters an event takes and the values each can have, so allowedEvents can say which would succeed. */
  parameters?: Record<string, Record<string, readonly unknown[]>>;
  /** Who may send which event, whatever the state: a refusal here is a 403. */
  permitted(event: string, actor: WorkflowActor, context: C): boolean;
  guards: Record<string, Guard<C, F>>;
  assigns?: Record<string, (a: GuardArgs<C, F>) => Partial<C>>;
  states: Record<string, StateSpec<E>>;
  /** Renames of states from older machine versions, so old snapshots still load. */
  stateRenames?: Record<number, Record<string, string>>;
}

export interface WorkflowDefinition<C extends Record<string, unknown> = Record<string, unknown>, I = C, F extends Facts = Facts, E extends string = string>
  extends WorkflowSpec<C, I, F, E> {
  machine: AnyStateMachine;
}

/** The facts and the effect names of a definition. */
export type FactsOf<D> = D extends WorkflowDefinition<infer _C, infer _I, infer F, infer _E> ? F : never;
export type EffectOf<D> = D extends WorkflowDefinition<infer _C, infer _I, infer _F, infer E> ? E : never;

/** The XState machine of a spec: the spec is the one source, the machine runs it. */
export function defineWorkflow<C extends Record<string, unknown>, I, F extends Facts, E extends string>(
  spec: WorkflowSpec<C, I, F, E>,
): WorkflowDefinition<C, I, F, E> {
  const guards = Object.fromEntries(Object.entries(spec.guards).map(([name, g]) => [name, (a: GuardArgs<C, F>) => g.test(a)]));
  const actions = Object.fromEntries(Object.entries(spec.assigns ?? {}).map(([name, f]) => [name, assign((a: GuardArgs<C, F>) => f(a))]));
  const states = Object.fromEntries(
    Object.entries(spec.states).map(([name, s]) => [
      name,
      s.final
        ? { type: 'final' as const }
        : {
            on: Object.fromEntries(
              Object.entries(s.on ?? {}).map(([event, ts]) => [
                event,
                ts.map((t) => ({
                  guard: and(['permitted', ...(t.guards ?? [])]),
                  ...(t.target ? { target: t.target } : {}),
                  ...(t.assign ? { actions: t.assign } : {}),
                })),
              ]),
            ),
          },
    ]),
  );
  const machine = setup({
    types: { context: {} as C, events: {} as WorkflowEvent<F>, input: {} as I },
    guards: { ...guards, permitted: ({ context, event }: GuardArgs<C, F>) => spec.permitted(event.type, event.actor, context) },
    actions,
  } as never).createMachine({ id: spec.kind, initial: spec.initial, context: ({ input }: { input: I }) => spec.context(input), states } as never);
  return { ...spec, machine: machine as unknown as AnyStateMachine };
}
