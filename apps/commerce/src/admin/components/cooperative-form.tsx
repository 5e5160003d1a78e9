import { Button, toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../lib/language';
import {
  type AdministrativeUnit,
  adminCooperativeAnswer,
  communesAnswer,
  provincesAnswer,
} from '@nguongoc/contracts';
import { fetchAnswer, useFailureToast } from '../lib/sdk';
import { LabelledInput, LabelledSelect } from './fields';

const TEXT_FIELDS = [
  ['name', 'name', true],
  ['handle', 'handle', true],
  ['tax_code', 'taxCode', true],
  ['registration_number', 'registration', true],
  ['address', 'address', true],
  ['contact_name', 'contact', true],
  ['phone', 'phone', true],
  ['email', 'email', false],
  ['bank_name', 'bankName', false],
  ['bank_account_number', 'bankAccount', false],
] as const;

/** Adds a cooperative: its address as province, then commune (2025 units), then the rest. */
export function CooperativeForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const [province, setProvince] = useState('');
  const [commune, setCommune] = useState('');
  const provinces = useQuery({
    queryKey: ['nguongoc', 'provinces'],
    queryFn: () => fetchAnswer(provincesAnswer, '/admin/administrative-units'),
    staleTime: Infinity,
  });
  const communes = useQuery({
    queryKey: ['nguongoc', 'communes', province],
    queryFn: () => fetchAnswer(communesAnswer, `/admin/administrative-units?province=${province}`),
    enabled: province !== '',
    staleTime: Infinity,
  });
  const create = useMutation({
    // What staff typed, checked by the route against the contract's `createCooperativeBody`.
    mutationFn: (body: Record<string, string>) =>
      fetchAnswer(adminCooperativeAnswer, '/admin/cooperatives', { method: 'POST', body }),
    onSuccess: async ({ cooperative }) => {
      toast.success(t('nguongoc.cooperatives.added', { name: cooperative.name }));
      await queryClient.invalidateQueries({ queryKey: ['nguongoc', 'cooperatives'] });
      onDone();
    },
    onError: useFailureToast(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = Object.entries(values).filter(([, value]) => value.trim() !== '');
    create.mutate({
      ...Object.fromEntries(filled.map(([k, v]) => [k, v.trim()])),
      commune_code: commune,
    });
  };
  const choices = (units: AdministrativeUnit[] = []) =>
    units.map((unit) => ({
      value: unit.code,
      label: language === 'vi' ? unit.full_name : unit.full_name_en,
    }));

  return (
    <form
      className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-2"
      onSubmit={submit}
      data-testid="nguongoc-cooperative-form"
    >
      <LabelledSelect
        id="nguongoc-province"
        label={t('nguongoc.cooperatives.province')}
        required
        value={province}
        placeholder={t('nguongoc.cooperatives.choose')}
        choices={choices(provinces.data?.provinces)}
        onChange={(e) => {
          setProvince(e.target.value);
          setCommune('');
        }}
      />
      <LabelledSelect
        id="nguongoc-commune"
        label={t('nguongoc.cooperatives.commune')}
        required
        value={commune}
        placeholder={t('nguongoc.cooperatives.choose')}
        choices={choices(communes.data?.communes)}
        onChange={(e) => setCommune(e.target.value)}
      />
      {TEXT_FIELDS.map(([name, labelKey, required]) => (
        <LabelledInput
          key={name}
          id={`nguongoc-${name}`}
          label={t(`nguongoc.cooperatives.${labelKey}`)}
          required={required}
          value={values[name] ?? ''}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        />
      ))}
      <div className="flex gap-2 md:col-span-2">
        <Button type="submit" isLoading={create.isPending}>
          {t('nguongoc.common.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('nguongoc.common.cancel')}
        </Button>
      </div>
    </form>
  );
}
