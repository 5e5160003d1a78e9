// "I am a cooperative member / a commune officer": the radio group of the sign-in and join forms.
import type { Message } from '@nguongoc/vn-locale';
import type { AccountKind } from '../session.server';
import { useText } from '../text';

const TEXT = {
  member: { vi: 'Thành viên hợp tác xã', en: 'A cooperative member' },
  officer: { vi: 'Cán bộ xã', en: 'A commune officer' },
} as const;

export function AccountKindChoice({ legend, kind }: { legend: Message; kind: AccountKind }) {
  const t = useText();
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      {(['member', 'officer'] as const).map((each) => (
        <label className="choice" key={each}>
          <input type="radio" name="kind" value={each} defaultChecked={kind === each} />
          {t(TEXT[each])}
        </label>
      ))}
    </fieldset>
  );
}
