import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import button from './button.module.css';
import dialog from './dialog.module.css';
import { DialogActions } from './dialog-actions';

/**
 * A final or destructive action asks once, naming what it acts on (React Aria's dialog: focus trapped and restored).
 * `object`, when rows each have one, is said to a screen reader after the label ("Disable Ms A. Delegate").
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled,
  object,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  object?: string;
}) {
  return (
    <DialogTrigger>
      <Button className={button.button} isDisabled={disabled}>
        {label}
        {object && (
          <span className="visually-hidden" translate="no">
            {' '}
            {object}
          </span>
        )}
      </Button>
      <Modal className={dialog.modal} isDismissable>
        <Dialog className={dialog.dialog} role="alertdialog">
          {({ close }) => (
            <>
              <Heading slot="title">{label}</Heading>
              <p>{question}</p>
              <DialogActions close={close} label={label} onConfirm={onConfirm} autoFocus />
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
