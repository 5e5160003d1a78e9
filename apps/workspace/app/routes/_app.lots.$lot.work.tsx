// Records field work on a lot: first the kind (`?kind=`), then its form. After a save the page
// goes back to the lot with a notice (post/redirect/get: the form is cleared and a second tap
// cannot record twice); a refusal shows the backend's message and keeps what was typed.
// Processing offers the cooperative's other lots as its inputs.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { refusal } from '../backend.server';
import { WorkForm } from '../components/field-work-form';
import { languageOf } from '../language.server';
import {
  type WorkValues,
  getLot,
  inputLotOptions,
  readWorkForm,
  recordWork,
  unitName,
  vietnamNow,
  workBody,
  workPlaces,
} from '../lots.server';
import { FormProblem } from '../places.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';
import { WORK_KINDS, WORK_TITLES, isWorkKind } from '../work-kinds';

export const meta: MetaFunction = () => [{ title: 'Ghi công việc / Record work — NguonGoc' }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const kind = new URL(request.url).searchParams.get('kind');
  const [page, places, language] = await Promise.all([
    getLot(request, account, params.lot!),
    workPlaces(request, account),
    languageOf(request),
  ]);
  const inputLots =
    kind === 'processing' ? await inputLotOptions(request, account, page, language) : [];
  return {
    id: page.detail.bundle.lot,
    code: page.lot?.code ?? page.detail.bundle.lot,
    productTitle: page.productTitle ?? page.product?.name ?? '',
    kind: isWorkKind(kind) ? kind : undefined,
    places,
    unit: unitName(page.product?.unit, language),
    inputLots,
    values: {
      time: vietnamNow(),
      location_id: page.lot?.locationId ?? places[0]?.id ?? '',
    } as WorkValues,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const values = readWorkForm(await request.formData());
  const kind = values.kind;
  if (!isWorkKind(kind)) {
    return data(
      { error: 'Chọn loại công việc / choose the kind of work', values },
      { status: 400 },
    );
  }
  const lot = params.lot!;
  try {
    const { event } = await recordWork(request, account, lot, workBody(kind, values));
    const search = new URLSearchParams({ recorded: kind });
    if (event.duplicate) search.set('duplicate', '1');
    return redirect(`/lots/${encodeURIComponent(lot)}?${search}`);
  } catch (error) {
    const message = error instanceof FormProblem ? error.message : refusal(error).error;
    return data({ error: message, values }, { status: 400 });
  }
}

export default function RecordWork() {
  const { id, code, productTitle, kind, places, unit, inputLots, values } =
    useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useText();
  const lotPath = `/lots/${encodeURIComponent(id)}`;
  return (
    <>
      <p>
        <Link to={lotPath}>
          ← {productTitle} · {code}
        </Link>
      </p>
      <h1>
        {t({ vi: 'Ghi công việc', en: 'Record work' })}
        {kind ? `: ${t(WORK_TITLES[kind])}` : ''}
      </h1>
      {places.length === 0 ? (
        <p className="warning">
          {t({
            vi: 'Hợp tác xã chưa đăng ký địa điểm nào: ',
            en: 'The cooperative has no places yet: ',
          })}
          <Link to="/places/new">
            {t({ vi: 'đăng ký vùng trồng', en: 'register a planting area' })}
          </Link>
        </p>
      ) : kind ? (
        <>
          <WorkForm
            kind={kind}
            values={answer?.values ?? values}
            places={places}
            unit={unit}
            inputLots={inputLots}
            error={answer?.error}
          />
          <p>
            <Link to="?">{t({ vi: 'Chọn loại khác', en: 'Choose another kind' })}</Link>
          </p>
        </>
      ) : (
        <nav aria-label={t({ vi: 'Loại công việc', en: 'Kind of work' })}>
          <ul className="kinds">
            {WORK_KINDS.map((each) => (
              <li key={each}>
                <Link className="button secondary" to={`?kind=${each}`}>
                  {t(WORK_TITLES[each])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
