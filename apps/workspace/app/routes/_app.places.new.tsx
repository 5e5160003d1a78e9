// Registers a place: the first version of its ledger record. After the save, its page.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import type { CoopPlaceAnswer, AdminCooperativeAnswer } from '@nguongoc/contracts';
import { backendJson, refusal } from '../backend.server';
import { PlaceForm } from '../components/place-form';
import {
  FormProblem,
  type PlaceValues,
  listHouseholds,
  placeValues,
  readPlaceForm,
  registerBody,
} from '../places.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [
  { title: 'Đăng ký địa điểm / Register a place — NguonGoc' },
];

/** The cooperative's own commune, the likeliest one for its places. */
async function cooperativeCommune(
  request: Request,
  account: Awaited<ReturnType<typeof requireAccount>>,
) {
  try {
    const { cooperative } = await backendJson<AdminCooperativeAnswer>(
      request,
      account,
      '/coop/cooperative',
    );
    return cooperative.commune_code;
  } catch {
    return '';
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const [households, commune] = await Promise.all([
    listHouseholds(request, account),
    cooperativeCommune(request, account),
  ]);
  return { households, values: placeValues(undefined, commune) };
}

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const values = readPlaceForm(await request.formData());
  try {
    const { place } = await backendJson<CoopPlaceAnswer>(request, account, '/coop/places', {
      body: registerBody(values),
    });
    return redirect(`/places/${encodeURIComponent(place.id)}?saved=1`);
  } catch (error) {
    const message = error instanceof FormProblem ? error.message : refusal(error).error;
    return data<{ error: string; values: PlaceValues }>(
      { error: message, values },
      { status: 400 },
    );
  }
}

export default function NewPlace() {
  const { households, values } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useText();
  return (
    <>
      <h1>{t({ vi: 'Đăng ký địa điểm', en: 'Register a place' })}</h1>
      <PlaceForm
        values={answer?.values ?? values}
        households={households}
        isNew
        submit={{ vi: 'Đăng ký', en: 'Register' }}
        error={answer?.error}
      />
      <script src="/position.js" defer />
    </>
  );
}
