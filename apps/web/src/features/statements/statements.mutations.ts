import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data, type RequestBody } from '../../api/client';
import { type StatementTarget, statementKeys } from './statements.keys';

type Statement = Omit<RequestBody<'/statements', 'post'>, 'target'> & { idempotencyKey: string };

/** A group's statement on a target; the Idempotency-Key makes a replay (a double click) file it once. */
export function useMakeStatement(targetType: StatementTarget, targetId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ idempotencyKey, ...statement }: Statement) =>
      data(
        api.POST('/statements', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: { target: { type: targetType, id: targetId }, ...statement },
        }),
      ),
    // Every list of that target type: the reader reads a document's paragraphs' statements all at once.
    onSuccess: () => qc.invalidateQueries({ queryKey: statementKeys.byType(targetType) }),
  });
}
