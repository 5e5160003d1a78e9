import { Text } from '@medusajs/ui';
import type { RuleFinding } from '@nguongoc/contracts';

/** A finding's message without the `[connectors] [exchange]` prefix that logs need. */
export function findingText(message: string): string {
  return message.replace(/^\[connectors\](?: \[[^\]]+\])? /, '');
}

/** The rules a listing fails (errors first, then warnings), each in Vietnamese / English. */
export function FindingList({ findings }: { findings: RuleFinding[] }) {
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="flex flex-col gap-1">
      {sorted.map((finding) => (
        <li key={`${finding.code}:${finding.field}`} data-severity={finding.severity}>
          <Text
            size="xsmall"
            className={finding.severity === 'error' ? 'text-ui-fg-error' : 'text-ui-fg-subtle'}
          >
            {findingText(finding.message)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
