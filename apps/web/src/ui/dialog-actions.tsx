import { Button } from 'react-aria-components';
import { useT } from '../i18n/translate';
import button from './button.module.css';

/** The foot of a confirming dialog: cancel, or do it (the dialog closes either way). */
export function DialogActions({
  close,
  label,
  onConfirm,
  disabled,
  autoFocus,
}: {
  close: () => void;
  label: string;
  onConfirm: () => void;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useT();
  return (
    <div className={button.actions}>
      <Button className={button.button} onPress={close}>
        {t('action.cancel')}
      </Button>
      <Button
        className={button.primary}
        autoFocus={autoFocus}
        isDisabled={disabled}
        onPress={() => {
          close();
          onConfirm();
        }}
      >
        {label}
      </Button>
    </div>
  );
}
