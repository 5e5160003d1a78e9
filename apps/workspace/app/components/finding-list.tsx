// An exchange rule a product fails (or a doubt about it), in plain words, each with a link to
// the field that fixes it.
import type { Message } from '@nguongoc/vn-locale';
import { useText } from '../text';

export interface ShownFinding {
  severity: 'error' | 'warning';
  code: string;
  field: string;
  message: Message;
  href?: string | undefined;
}

export function FindingList({ findings }: { findings: ShownFinding[] }) {
  const t = useText();
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((finding, position) => (
        <li key={`${finding.code}-${finding.field}-${position}`} className={finding.severity}>
          <span>
            {finding.severity === 'error'
              ? t({ vi: 'Cần sửa', en: 'To fix' })
              : t({ vi: 'Nên xem', en: 'Worth a look' })}
            : {t(finding.message)}
          </span>{' '}
          {finding.href ? <a href={finding.href}>{t({ vi: 'Sửa', en: 'Fix it' })}</a> : null}
        </li>
      ))}
    </ul>
  );
}
