// Edits a place: the save is a new version of its ledger record (the earlier ones stay in its
// history). Seasons: the ones it has can be corrected (e.g. the actual yield after harvest), and
// one new season is added at a time.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { backendJson, refusal } from '../backend.server';
import { PlaceForm } from '../components/place-form';
import {
  FormProblem,
  type PlaceValues,
  getPlace,
  listHouseholds,
  placeValues,
  readPlaceForm,
  updateBody,
} from '../places.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Sửa / Edit ${data?.name ?? ''} — NguonGoc` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const [{ place }, households] = await Promise.all([
    getPlace(request, account, params.id!),
    listHouseholds(request, account),
  ]);
  return { id: place.id, name: place.name, households, values: placeValues(place) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const values = readPlaceForm(await request.formData());
  try {
    await backendJson(request, account, `/coop/places/${encodeURIComponent(params.id!)}`, {
      body: updateBody(values),
    });
    return redirect(`/places/${encodeURIComponent(params.id!)}?saved=1`);
  } catch (error) {
    const message = error instanceof FormProblem ? error.message : refusal(error).error;
    return data<{ error: string; values: PlaceValues }>(
      { error: message, values },
      { status: 400 },
    );
  }
}

export default function EditPlace() {
  const { id, name, households, values } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useText();
  return (
    <>
      <p>
        <Link to={`/places/${encodeURIComponent(id)}`}>← {name}</Link>
      </p>
      <h1>
        {t({ vi: 'Sửa', en: 'Edit' })} {name}
      </h1>
      <PlaceForm
        values={answer?.values ?? values}
        households={households}
        isNew={false}
        submit={{ vi: 'Lưu phiên bản mới', en: 'Save a new version' }}
        error={answer?.error}
      />
      <script src="/position.js" defer />
    </>
  );
}
