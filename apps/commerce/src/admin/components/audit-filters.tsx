import { Button } from '@medusajs/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledInput, LabelledSelect } from './fields';

/** What the audit trail is narrowed to: a cooperative, an account; blank is every one. */
export interface AuditFilter {
  cooperative_id: string;
  actor_id: string;
}

/**
 * The audit trail's filters: a cooperative, applied as soon as it is chosen, and an account ID,
 * applied when submitted (not at every keystroke: a half-typed ID matches nothing).
 */
export function AuditFilters({
  cooperatives,
  filter,
  onChange,
}: {
  cooperatives: { value: string; label: string }[];
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
}) {
  const { t } = useTranslation();
  const [actor, setActor] = useState(filter.actor_id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filter, actor_id: actor.trim() });
  };
  return (
    <form
      className="grid grid-cols-1 gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end lg:w-[40rem]"
      onSubmit={submit}
    >
      <LabelledSelect
        id="nguongoc-audit-cooperative"
        label={t('nguongoc.audit.cooperative')}
        placeholder={t('nguongoc.audit.allCooperatives')}
        choices={cooperatives}
        value={filter.cooperative_id}
        onChange={(event) => onChange({ ...filter, cooperative_id: event.target.value })}
      />
      <LabelledInput
        id="nguongoc-audit-actor"
        label={t('nguongoc.audit.actor')}
        value={actor}
        onChange={(event) => setActor(event.target.value)}
      />
      <Button type="submit" size="small" variant="secondary">
        {t('nguongoc.audit.filter')}
      </Button>
    </form>
  );
}
