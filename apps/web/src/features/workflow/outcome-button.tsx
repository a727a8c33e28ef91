import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Label, Modal, Radio, RadioGroup } from 'react-aria-components';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { DecisionText } from '../../ui/decision-text';
import dialog from '../../ui/dialog.module.css';
import { DialogActions } from '../../ui/dialog-actions';
import notice from '../../ui/notice.module.css';
import radio from '../../ui/radio-group.module.css';
import { type Called, RollCall, type Vote } from '../votes/roll-call';
import styles from './outcome-button.module.css';

export type Method =
  | { kind: 'consensus' }
  | { kind: 'vote'; for: number; against: number; abstentions: number }
  | { kind: 'record'; votes: { memberId: string; vote: Vote }[] };

/**
 * The Chair records how an outcome was reached — consensus, a show of hands with its counts, or a record
 * vote calling each titular seat — and sees it read back before it is sent; a vote that does not carry
 * cannot be sent as an adoption (the server counts a record vote again and checks its quorum).
 */
export function OutcomeButton({
  label,
  object,
  adopting,
  onSend,
  disabled,
  preview,
}: {
  label: string;
  object: string;
  adopting: boolean;
  onSend: (m: Method) => void;
  disabled?: boolean;
  preview?: string;
}) {
  const { t } = useT();
  const [kind, setKind] = useState<Method['kind']>('consensus');
  const [counts, setCounts] = useState({ for: 0, against: 0, abstentions: 0 });
  const [called, setCalled] = useState<Called>({});
  const votes = Object.entries(called).map(([memberId, vote]) => ({ memberId, vote }));
  const tally =
    kind === 'record'
      ? {
          for: votes.filter((v) => v.vote === 'for').length,
          against: votes.filter((v) => v.vote === 'against').length,
          abstentions: votes.filter((v) => v.vote === 'abstain').length,
        }
      : counts;
  const method: Method = kind === 'consensus' ? { kind } : kind === 'vote' ? { kind, ...counts } : { kind, votes };
  const carries = kind === 'consensus' || tally.for > tally.against;
  const contradicts = (adopting ? !carries : kind !== 'consensus' && carries) || (kind === 'record' && votes.length === 0);
  return (
    <DialogTrigger>
      <Button className={button.big} isDisabled={disabled}>
        {label}
      </Button>
      <Modal className={dialog.modal} isDismissable>
        <Dialog className={dialog.dialog}>
          {({ close }) => (
            <>
              <Heading slot="title">
                {label}: {object}
              </Heading>
              {preview && (
                <section aria-label={t('outcome.lastLook')}>
                  <h3>{t('outcome.lastLook')}</h3>
                  <DecisionText className={styles.preview}>{preview}</DecisionText>
                </section>
              )}
              <RadioGroup value={kind} onChange={(v) => setKind(v as Method['kind'])} className={radio.group}>
                <Label>{t('outcome.how')}</Label>
                <Radio value="consensus" className={radio.radio}>
                  {t('outcome.consensus')}
                </Radio>
                <Radio value="vote" className={radio.radio}>
                  {t('outcome.vote')}
                </Radio>
                <Radio value="record" className={radio.radio}>
                  {t('vote.record')}
                </Radio>
              </RadioGroup>
              {kind === 'vote' && (
                <fieldset>
                  <legend>{t('outcome.counts')}</legend>
                  {(['for', 'against', 'abstentions'] as const).map((k) => (
                    <label key={k}>
                      {t(`outcome.${k}`)}{' '}
                      <input
                        type="number"
                        min={0}
                        max={100000}
                        value={counts[k]}
                        onChange={(e) => setCounts({ ...counts, [k]: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
                      />
                    </label>
                  ))}
                </fieldset>
              )}
              {kind === 'record' && <RollCall called={called} onChange={setCalled} />}
              <p role="status">
                {kind === 'consensus'
                  ? t('outcome.readBackConsensus', { event: label, object })
                  : t('outcome.readBackVote', { event: label, object, for: tally.for, against: tally.against, abstentions: tally.abstentions })}
              </p>
              {contradicts && <p className={notice.error}>{adopting ? t('outcome.doesNotCarry') : t('outcome.carries')}</p>}
              <DialogActions close={close} label={t('outcome.record')} onConfirm={() => onSend(method)} disabled={contradicts} />
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
