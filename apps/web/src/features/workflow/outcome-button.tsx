import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Label, Modal, Radio, RadioGroup } from 'react-aria-components';
import { useT } from '../../i18n/translate';
import button from '../../ui/button.module.css';
import { DecisionText } from '../../ui/decision-text';
import dialog from '../../ui/dialog.module.css';
import { DialogActions } from '../../ui/dialog-actions';
import notice from '../../ui/notice.module.css';
import radio from '../../ui/radio-group.module.css';
import styles from './outcome-button.module.css';

export type Method = { kind: 'consensus' } | { kind: 'vote'; for: number; against: number; abstentions: number };

/**
 * The Chair records how an outcome was reached — consensus, or a vote with its counts — and sees
 * it read back before it is sent; a vote that does not carry cannot be sent as an adoption.
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
  const [kind, setKind] = useState<'consensus' | 'vote'>('consensus');
  const [counts, setCounts] = useState({ for: 0, against: 0, abstentions: 0 });
  const method: Method = kind === 'consensus' ? { kind } : { kind, ...counts };
  const carries = method.kind === 'consensus' || method.for > method.against;
  const contradicts = adopting ? !carries : method.kind === 'vote' && carries;
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
              <RadioGroup value={kind} onChange={(v) => setKind(v as 'consensus' | 'vote')} className={radio.group}>
                <Label>{t('outcome.how')}</Label>
                <Radio value="consensus" className={radio.radio}>
                  {t('outcome.consensus')}
                </Radio>
                <Radio value="vote" className={radio.radio}>
                  {t('outcome.vote')}
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
              <p role="status">
                {method.kind === 'consensus'
                  ? t('outcome.readBackConsensus', { event: label, object })
                  : t('outcome.readBackVote', { event: label, object, for: method.for, against: method.against, abstentions: method.abstentions })}
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
