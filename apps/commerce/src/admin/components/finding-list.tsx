import { Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import type { RuleFinding } from '@nguongoc/contracts';
import { useLanguage } from '../lib/language';

/** A message without the `[connectors] [exchange]` prefix that logs need (order-import problems). */
export function findingText(message: string): string {
  return message.replace(/^\[connectors\](?: \[[^\]]+\])? /, '');
}

/**
 * The rules a listing fails, errors first ("Cần sửa", red: they block the export), then warnings
 * ("Lưu ý", orange: they do not), each in the dashboard's language with the product field that
 * fixes it and, given the product, a link to its page.
 */
export function FindingList({
  findings,
  productId,
}: {
  findings: RuleFinding[];
  productId?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="flex flex-col gap-1">
      {sorted.map((finding, i) => (
        <li
          key={`${finding.code}:${finding.field}:${finding.index ?? ''}:${i}`}
          data-severity={finding.severity}
          data-field={finding.field}
        >
          <Text
            size="xsmall"
            className={
              finding.severity === 'error' ? 'text-ui-fg-error' : 'text-ui-tag-orange-text'
            }
          >
            <span className="font-medium">
              {t(`nguongoc.channels.findings.${finding.severity}`)}:{' '}
            </span>
            {finding.message[language]}{' '}
            {productId && (
              <a
                className="text-ui-fg-interactive hover:underline"
                href={`/app/products/${productId}`}
              >
                {t('nguongoc.channels.findings.fix', {
                  field: t(`nguongoc.channels.fields.${finding.field}`),
                })}
              </a>
            )}
          </Text>
        </li>
      ))}
    </ul>
  );
}
