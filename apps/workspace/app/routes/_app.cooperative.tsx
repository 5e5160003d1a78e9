// The cooperative's profile: name, tax code, registration number, commune (province -> commune,
// 2025 units), address and contact; and its payout account, shown to every member, changed by
// the manager only (the backend refuses anyone else and its message is shown).
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import type { Message } from '@nguongoc/vn-locale';
import { backendJson, refusal } from '../backend.server';
import { useAppLayout } from '../app-layout';
import { ErrorAlert } from '../components/error-alert';
import { Field, type FieldProps } from '../components/field';
import { CommunePicker } from '../components/commune-picker';
import { communeChoices, communeName } from '../communes.server';
import {
  type CooperativeDraft,
  PAYOUT_FIELDS,
  PROFILE_FIELDS,
  cooperativeDraft,
  readCooperative,
  typed,
  updateBody,
} from '../cooperative.server';
import { languageOf } from '../language.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Hồ sơ HTX / Cooperative — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const [cooperative, language] = await Promise.all([
    readCooperative(request, account),
    languageOf(request),
  ]);
  const url = new URL(request.url);
  const stored = cooperativeDraft(cooperative);
  // "Show this province's communes" comes back by GET with what was typed.
  const picking = url.searchParams.get('pick_province') === '1';
  const profile = picking ? { ...stored, ...typed(url.searchParams, PROFILE_FIELDS) } : stored;
  return {
    handle: cooperative.handle,
    communeLabel: communeName(cooperative.commune_code, language),
    profile,
    payout: stored,
    choices: communeChoices(
      language,
      profile.commune_code,
      picking ? url.searchParams.get('province_code') : undefined,
    ),
    saved: url.searchParams.get('saved'),
  };
}

type Answer = { form: 'profile' | 'payout'; values: CooperativeDraft; error: string };

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const form = await request.formData();
  const which = form.get('intent') === 'payout' ? 'payout' : 'profile';
  const fields = which === 'payout' ? PAYOUT_FIELDS : PROFILE_FIELDS;
  const values = typed(form, fields);
  try {
    await backendJson(request, account, '/coop/cooperative', { body: updateBody(values, fields) });
    return redirect(`/cooperative?saved=${which}`);
  } catch (error) {
    const { error: message } = refusal(error);
    return data<Answer>({ form: which, values, error: message }, { status: 400 });
  }
}

export default function Cooperative() {
  const { handle, communeLabel, profile, payout, choices, saved } = useLoaderData<typeof loader>();
  const { manager } = useAppLayout();
  const answer = useActionData<Answer>();
  const t = useText();
  const profileValues = answer?.form === 'profile' ? { ...profile, ...answer.values } : profile;
  const payoutValues = answer?.form === 'payout' ? { ...payout, ...answer.values } : payout;
  const profileChoices =
    answer?.form === 'profile' && answer.values.commune_code !== profile.commune_code
      ? { ...choices, communeCode: answer.values.commune_code ?? '' }
      : choices;
  const input = (
    values: CooperativeDraft,
    field: string,
    label: Message,
    extra: Omit<FieldProps, 'id' | 'label'> = {},
  ) => (
    <Field
      id={`field-${field}`}
      label={label}
      name={field}
      defaultValue={values[field] ?? ''}
      {...extra}
    />
  );
  return (
    <>
      <h1>{t({ vi: 'Hồ sơ hợp tác xã', en: "The cooperative's profile" })}</h1>
      {saved ? (
        <p className="notice" role="status">
          {saved === 'payout'
            ? t({ vi: 'Đã lưu tài khoản nhận tiền.', en: 'The payout account was saved.' })
            : t({ vi: 'Đã lưu hồ sơ.', en: 'The profile was saved.' })}
        </p>
      ) : null}
      <p className="muted">
        {t({ vi: 'Mã hợp tác xã', en: 'Cooperative handle' })}: {handle} · {communeLabel}
      </p>
      <Form method="post" className="card" id="profile">
        <h2>{t({ vi: 'Thông tin chung', en: 'Profile' })}</h2>
        <ErrorAlert error={answer?.form === 'profile' ? answer.error : undefined} />
        <input type="hidden" name="intent" value="profile" />
        {input(profileValues, 'name', { vi: 'Tên hợp tác xã', en: 'Name' }, { required: true })}
        {input(
          profileValues,
          'tax_code',
          { vi: 'Mã số thuế', en: 'Tax code' },
          {
            inputMode: 'numeric',
            required: true,
          },
        )}
        {input(
          profileValues,
          'registration_number',
          { vi: 'Số đăng ký kinh doanh', en: 'Registration number' },
          { required: true },
        )}
        <CommunePicker choices={profileChoices} idPrefix="field" />
        {input(
          profileValues,
          'address',
          { vi: 'Địa chỉ (thôn, xóm, số nhà)', en: 'Address (village, street)' },
          {
            required: true,
          },
        )}
        {input(
          profileValues,
          'contact_name',
          { vi: 'Người liên hệ', en: 'Contact person' },
          {
            required: true,
          },
        )}
        {input(
          profileValues,
          'phone',
          { vi: 'Số điện thoại', en: 'Phone' },
          {
            type: 'tel',
            required: true,
          },
        )}
        {input(profileValues, 'email', { vi: 'Email', en: 'Email' }, { type: 'email' })}
        <div className="actions">
          <button type="submit">{t({ vi: 'Lưu hồ sơ', en: 'Save the profile' })}</button>
        </div>
      </Form>
      <Form method="post" className="card" id="payout">
        <h2>{t({ vi: 'Tài khoản nhận tiền', en: 'Payout account' })}</h2>
        <ErrorAlert error={answer?.form === 'payout' ? answer.error : undefined} />
        {manager ? null : (
          <p className="muted" id="payout-note">
            {t({
              vi: 'Chỉ quản lý hợp tác xã đổi được tài khoản nhận tiền; bạn chỉ xem được.',
              en: "Only the cooperative's manager can change the payout account; you can only read it.",
            })}
          </p>
        )}
        <input type="hidden" name="intent" value="payout" />
        {input(payoutValues, 'bank_name', { vi: 'Ngân hàng', en: 'Bank' })}
        {input(
          payoutValues,
          'bank_account_number',
          { vi: 'Số tài khoản', en: 'Account number' },
          {
            inputMode: 'numeric',
          },
        )}
        {input(payoutValues, 'bank_account_holder', { vi: 'Chủ tài khoản', en: 'Account holder' })}
        <div className="actions">
          <button type="submit" className={manager ? undefined : 'secondary'}>
            {t({ vi: 'Lưu tài khoản nhận tiền', en: 'Save the payout account' })}
          </button>
        </div>
      </Form>
    </>
  );
}
