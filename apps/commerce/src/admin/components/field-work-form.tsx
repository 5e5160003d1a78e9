import { Button, Heading, Label, Textarea, toast } from '@medusajs/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AdminLocation,
  type AdminLot,
  type FieldWorkBody,
  fieldWorkAnswer,
} from '@nguongoc/contracts';
import { toVietnamIso } from '@nguongoc/vn-locale';
import { fetchAnswer, useFailureToast } from '../lib/sdk';
import { LabelledInput, LabelledSelect } from './fields';

/**
 * The kinds of field work the form offers (of the contract's `fieldWorkBody`), each with its own
 * fields, sent as `details` (`number` ones as numbers).
 */
const KINDS = {
  sowing: [{ name: 'variety' }],
  fertilising: [{ name: 'fertiliser', required: true }, { name: 'amount' }],
  spraying: [
    { name: 'pesticide', required: true },
    { name: 'preHarvestIntervalDays', required: true, number: true },
    { name: 'dose' },
  ],
  harvest: [],
  processing: [{ name: 'method', required: true }],
  packing: [{ name: 'packageCount', number: true }, { name: 'packageSize' }],
  shipping: [{ name: 'destination' }, { name: 'carrier' }],
} satisfies Partial<
  Record<FieldWorkBody['kind'], { name: string; required?: boolean; number?: boolean }[]>
>;
type Kind = keyof typeof KINDS;
type Field = { name: string; required?: boolean; number?: boolean };

/** Now in Vietnam, as a `datetime-local` value (`YYYY-MM-DDTHH:mm`). */
function vietnamNow(): string {
  return toVietnamIso(new Date()).slice(0, 16);
}

/** Records field work on a lot from a few fields; the server builds and signs the EPCIS event. */
export function FieldWorkForm({ lot, locations }: { lot: AdminLot; locations: AdminLocation[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('harvest');
  const [time, setTime] = useState(vietnamNow);
  const [location, setLocation] = useState(lot.locationId ?? locations[0]?.id ?? '');
  const [quantity, setQuantity] = useState('');
  const [note, setNote] = useState('');
  const [details, setDetails] = useState<Record<string, string>>({});
  const record = useMutation({
    mutationFn: (body: FieldWorkBody) =>
      fetchAnswer(fieldWorkAnswer, `/admin/trace/lots/${lot.id}/events`, {
        method: 'POST',
        body,
      }),
    onSuccess: async ({ event }) => {
      toast.success(
        t(event.duplicate ? 'nguongoc.fieldWork.duplicate' : 'nguongoc.fieldWork.recorded'),
      );
      setNote('');
      setDetails({});
      await queryClient.invalidateQueries({ queryKey: ['nguongoc', 'lot', lot.id] });
    },
    onError: useFailureToast(),
  });
  const fields: Field[] = KINDS[kind];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = fields.filter((field) => details[field.name]?.trim());
    record.mutate({
      kind,
      time,
      location_id: location,
      ...(quantity ? { quantity: Number(quantity) } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      details: Object.fromEntries(
        filled.map((field) => [
          field.name,
          field.number ? Number(details[field.name]) : details[field.name]!.trim(),
        ]),
      ),
    });
  };
  const id = (name: string) => `nguongoc-${lot.id}-${name}`;

  return (
    <form
      className="bg-ui-bg-subtle flex flex-col gap-3 rounded-md p-4"
      onSubmit={submit}
      data-testid="nguongoc-field-work"
    >
      <Heading level="h3">{t('nguongoc.fieldWork.heading')}</Heading>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <LabelledSelect
          id={id('kind')}
          label={t('nguongoc.fieldWork.kind')}
          value={kind}
          choices={Object.keys(KINDS).map((k) => ({
            value: k,
            label: t(`nguongoc.fieldWork.kinds.${k}`),
          }))}
          onChange={(e) => setKind(e.target.value as Kind)}
        />
        <LabelledInput
          id={id('time')}
          label={t('nguongoc.fieldWork.time')}
          type="datetime-local"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
        />
        <LabelledSelect
          id={id('location')}
          label={t('nguongoc.fieldWork.location')}
          required
          value={location}
          choices={locations.map((place) => ({ value: place.id, label: place.name }))}
          onChange={(e) => setLocation(e.target.value)}
        />
        <LabelledInput
          id={id('quantity')}
          label={t('nguongoc.fieldWork.quantity')}
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
        {fields.map((field) => (
          <LabelledInput
            key={field.name}
            id={id(field.name)}
            label={`${t(`nguongoc.fieldWork.details.${field.name}`)}${field.required ? ` (${t('nguongoc.common.required')})` : ''}`}
            type={field.number ? 'number' : 'text'}
            required={field.required}
            value={details[field.name] ?? ''}
            onChange={(e) => setDetails({ ...details, [field.name]: e.target.value })}
          />
        ))}
      </div>
      <div>
        <Label htmlFor={id('note')}>{t('nguongoc.fieldWork.note')}</Label>
        <Textarea
          id={id('note')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div>
        <Button type="submit" isLoading={record.isPending}>
          {t('nguongoc.fieldWork.record')}
        </Button>
      </div>
    </form>
  );
}
