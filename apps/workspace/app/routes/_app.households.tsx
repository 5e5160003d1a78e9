// The cooperative's producing households (GET/POST /coop/households): the head of household,
// phone and commune; each is recorded in the cooperative's ledger as a producing organisation
// (the backend does it), so products, planting areas and lots can name it.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import type { HouseholdBody, HouseholdsAnswer } from '@nguongoc/contracts';
import { backendJson, refusal } from '../backend.server';
import { ErrorAlert } from '../components/error-alert';
import { Field } from '../components/field';
import { CommunePicker } from '../components/commune-picker';
import { communeChoices, communeName } from '../communes.server';
import { readCooperative } from '../cooperative.server';
import { languageOf } from '../language.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Hộ thành viên / Households — NguonGoc' }];

type Values = Record<'head_name' | 'phone' | 'commune_code', string>;

const valuesOf = (source: FormData | URLSearchParams): Values => ({
  head_name: String(source.get('head_name') ?? '').trim(),
  phone: String(source.get('phone') ?? '').trim(),
  commune_code: String(source.get('commune_code') ?? '').trim(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const [{ households }, cooperative, language] = await Promise.all([
    backendJson<HouseholdsAnswer>(request, account, '/coop/households'),
    readCooperative(request, account),
    languageOf(request),
  ]);
  const url = new URL(request.url);
  const picking = url.searchParams.get('pick_province') === '1';
  // A new household is in the cooperative's commune unless the person picks another.
  const values = picking
    ? valuesOf(url.searchParams)
    : { head_name: '', phone: '', commune_code: cooperative.commune_code };
  return {
    households: households.map((household) => ({
      id: household.id,
      head_name: household.head_name,
      phone: household.phone,
      commune: communeName(household.commune_code, language),
    })),
    values,
    choices: communeChoices(
      language,
      values.commune_code,
      picking ? url.searchParams.get('province_code') : undefined,
    ),
    added: url.searchParams.get('added') === '1',
  };
}

type Answer = { values: Values; error: string };

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const values = valuesOf(await request.formData());
  const body: HouseholdBody = {
    head_name: values.head_name,
    phone: values.phone || null,
    commune_code: values.commune_code,
  };
  try {
    await backendJson(request, account, '/coop/households', { body });
    return redirect('/households?added=1');
  } catch (error) {
    const { error: message } = refusal(error);
    return data<Answer>({ values, error: message }, { status: 400 });
  }
}

export default function Households() {
  const { households, values, choices, added } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const t = useText();
  const shown = answer?.values ?? values;
  const shownChoices = answer ? { ...choices, communeCode: answer.values.commune_code } : choices;
  return (
    <>
      <h1>{t({ vi: 'Hộ thành viên', en: 'Households' })}</h1>
      {added ? (
        <p className="notice" role="status">
          {t({
            vi: 'Đã thêm hộ và ghi vào sổ truy xuất.',
            en: 'The household was added and recorded in the trace ledger.',
          })}
        </p>
      ) : null}
      {households.length === 0 ? (
        <p className="muted">{t({ vi: 'Chưa có hộ nào.', en: 'No households yet.' })}</p>
      ) : (
        <ul className="list households">
          {households.map((household) => (
            <li key={household.id}>
              <strong>{household.head_name}</strong>
              {household.phone ? <span> · {household.phone}</span> : null}
              <span className="muted" style={{ display: 'block' }}>
                {household.commune}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="card">
        <h2>{t({ vi: 'Thêm hộ', en: 'Add a household' })}</h2>
        <ErrorAlert error={answer?.error} />
        <Field
          id="household-head_name"
          label={{ vi: 'Chủ hộ', en: 'Head of household' }}
          name="head_name"
          defaultValue={shown.head_name}
          required
          minLength={2}
          maxLength={100}
        />
        <Field
          id="household-phone"
          label={{ vi: 'Số điện thoại', en: 'Phone' }}
          name="phone"
          type="tel"
          defaultValue={shown.phone}
        />
        <CommunePicker choices={shownChoices} idPrefix="household" />
        <div className="actions">
          <button type="submit">{t({ vi: 'Thêm hộ', en: 'Add the household' })}</button>
        </div>
      </Form>
    </>
  );
}
