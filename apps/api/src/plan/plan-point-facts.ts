import type { PlanPointFacts } from '@gbdw/workflow';

/** A point's review facts: its decision adopted, the kinds of its adopted adjustments and how many are still proposed. */
export function planPointFacts(decisionAdopted: boolean, adjustments: readonly { kind: string; workflow: { state: string } }[]): PlanPointFacts {
  return {
    decisionAdopted,
    adoptedAdjustmentKinds: adjustments.filter((a) => a.workflow.state === 'adopted').map((a) => a.kind),
    pendingAdjustments: adjustments.filter((a) => a.workflow.state === 'proposed').length,
  };
}
