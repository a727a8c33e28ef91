import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useT } from '../i18n/language';

/** A final or destructive action asks once, naming what it acts on (React Aria's dialog: focus trapped and restored). */
export function ConfirmButton({ label, question, onConfirm, disabled }: { label: string; question: string; onConfirm: () => void; disabled?: boolean }) {
  const t = useT();
  return (
    <DialogTrigger>
      <Button className="button" isDisabled={disabled}>
        {label}
      </Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <>
              <Heading slot="title">{label}</Heading>
              <p>{question}</p>
              <div className="actions">
                <Button className="button" onPress={close}>
                  {t('action.cancel')}
                </Button>
                <Button
                  className="button primary"
                  autoFocus
                  onPress={() => {
                    close();
                    onConfirm();
                  }}
                >
                  {label}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
