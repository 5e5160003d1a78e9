// Opens a lot of a product (`?product=<id>`): its lot number, where it grew (planting areas
// first), which household grew it and in which season of that place. Then its page.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import type { CoopProductsAnswer } from '@nguongoc/contracts';
import { backendJson, refusal } from '../backend.server';
import { openLot } from '../lots.server';
import { KIND_NAMES } from '../place-kinds';
import { listHouseholds, listPlaces } from '../places.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';
import { ErrorAlert } from '../components/error-alert';

export const meta: MetaFunction = () => [{ title: 'Mở lô / Open a lot — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const productId = new URL(request.url).searchParams.get('product') ?? '';
  const [{ products }, places, households] = await Promise.all([
    backendJson<CoopProductsAnswer>(request, account, '/coop/products'),
    listPlaces(request, account),
    listHouseholds(request, account),
  ]);
  const product = products.find((each) => each.id === productId);
  if (!product) {
    throw new Response(
      'Không tìm thấy sản phẩm của hợp tác xã / no such product of the cooperative',
      { status: 404 },
    );
  }
  return { product: { id: product.id, title: product.title }, places, households };
}

interface LotValues {
  code: string;
  location_id: string;
  household_id: string;
  season_id: string;
}

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const productId = new URL(request.url).searchParams.get('product') ?? '';
  const form = await request.formData();
  const get = (name: string) => String(form.get(name) ?? '').trim();
  const values: LotValues = {
    code: get('code'),
    location_id: get('location_id'),
    household_id: get('household_id'),
    season_id: get('season_id'),
  };
  try {
    const { lot } = await openLot(request, account, productId, {
      code: values.code,
      ...(values.location_id ? { location_id: values.location_id } : {}),
      ...(values.household_id ? { household_id: values.household_id } : {}),
      ...(values.season_id ? { season_id: values.season_id } : {}),
    });
    return redirect(`/lots/${encodeURIComponent(lot.id)}?opened=1`);
  } catch (error) {
    return data({ error: refusal(error).error, values }, { status: 400 });
  }
}

export default function NewLot() {
  const { product, places, households } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const values = answer?.values;
  const t = useText();
  const seasons = places.flatMap((place) => place.seasons.map((season) => ({ place, season })));
  return (
    <>
      <p>
        <Link to="/lots">← {t({ vi: 'Lô hàng', en: 'Lots' })}</Link>
      </p>
      <h1>
        {t({ vi: 'Mở lô', en: 'Open a lot' })}: {product.title}
      </h1>
      <Form method="post" className="card">
        <ErrorAlert error={answer?.error} />
        <label htmlFor="lot-code">
          {t({ vi: 'Số lô', en: 'Lot number' })}{' '}
          <span className="hint">
            {t({
              vi: 'In trên tem: 1 đến 20 ký tự, không dấu',
              en: 'Printed on the label: 1 to 20 characters, no diacritics',
            })}
          </span>
        </label>
        <input
          id="lot-code"
          name="code"
          required
          maxLength={20}
          autoCapitalize="characters"
          defaultValue={values?.code ?? ''}
        />
        <label htmlFor="lot-location">
          {t({ vi: 'Nơi trồng, làm ra', en: 'Where it grew or was made' })}
        </label>
        <select
          id="lot-location"
          name="location_id"
          defaultValue={values?.location_id ?? places[0]?.id ?? ''}
        >
          <option value="">{t({ vi: '(không ghi)', en: '(not given)' })}</option>
          {places.map((place) => (
            <option key={place.id} value={place.id}>
              {t(KIND_NAMES[place.kind])}: {place.name}
              {place.planting_area_code ? ` (${place.planting_area_code})` : ''}
            </option>
          ))}
        </select>
        <label htmlFor="lot-household">
          {t({ vi: 'Hộ sản xuất', en: 'Household that grew it' })}
        </label>
        <select id="lot-household" name="household_id" defaultValue={values?.household_id ?? ''}>
          <option value="">{t({ vi: '(không ghi)', en: '(not given)' })}</option>
          {households.map((household) => (
            <option key={household.id} value={household.id}>
              {household.head_name}
            </option>
          ))}
        </select>
        <label htmlFor="lot-season">
          {t({ vi: 'Vụ', en: 'Season' })}{' '}
          <span className="hint">
            {t({ vi: 'Một vụ của nơi trồng đã chọn', en: 'A season of the chosen place' })}
          </span>
        </label>
        <select id="lot-season" name="season_id" defaultValue={values?.season_id ?? ''}>
          <option value="">{t({ vi: '(không ghi)', en: '(not given)' })}</option>
          {seasons.map(({ place, season }) => (
            <option key={`${place.id}/${season.id}`} value={season.id}>
              {place.name}: {season.name}
            </option>
          ))}
        </select>
        <div className="actions">
          <button type="submit">{t({ vi: 'Mở lô', en: 'Open the lot' })}</button>
        </div>
      </Form>
    </>
  );
}
