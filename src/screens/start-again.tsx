import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizard } from '@/app/wizard-context';

/** "Start again" with a confirmation: it forgets the answers and ticks on this device. */
export function StartAgain() {
  const { t } = useTranslation();
  const wizard = useWizard();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('nav.startAgain')}
        </button>
      </p>
    );
  }
  return (
    <div className="confirm no-print" role="group" aria-labelledby="confirm-restart">
      <p id="confirm-restart">{t('nav.confirmStartAgain')}</p>
      <button type="button" className="button button--warning" onClick={wizard.restart}>
        {t('nav.startAgainYes')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        {t('nav.cancel')}
      </button>
    </div>
  );
}
