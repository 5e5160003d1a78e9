// A new product, made traceable in the same step (POST /coop/products, ADR 037): the form, its
// photos stored first through POST /coop/uploads, then the product's page with a notice.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import type { CoopProductAnswer } from '@nguongoc/contracts';
import { backendJson, refusal } from '../backend.server';
import { ProductForm } from '../components/product-form';
import {
  type ProductDraft,
  MAX_VARIANTS,
  createBody,
  emptyDraft,
  formChoices,
  readForm,
  uploadPhotos,
} from '../products.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Thêm sản phẩm / New product — NguonGoc' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  return { choices: await formChoices(request, account), draft: emptyDraft() };
}

type Answer = { draft: ProductDraft; error?: string };

export async function action({ request }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const { draft, files, intent } = readForm(await request.formData());
  if (intent === 'add-variant') {
    return data<Answer>({
      draft: { ...draft, variantCount: Math.min(MAX_VARIANTS, draft.variantCount + 1) },
    });
  }
  // Photos stored before a refusal stay in the form (kept URLs), so they are not sent twice.
  const images = [...draft.images];
  try {
    images.push(...(await uploadPhotos(request, account, files, images.length)));
    const { product } = await backendJson<CoopProductAnswer>(request, account, '/coop/products', {
      body: createBody(draft, images),
    });
    return redirect(`/products/${product.id}?saved=created`);
  } catch (error) {
    return data<Answer>(
      { draft: { ...draft, images }, error: refusal(error).error },
      { status: 400 },
    );
  }
}

export default function NewProduct() {
  const { choices, draft } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const t = useText();
  return (
    <>
      <h1>{t({ vi: 'Thêm sản phẩm', en: 'New product' })}</h1>
      <p className="muted">
        {t({
          vi: 'Sản phẩm được ghi vào sổ truy xuất của hợp tác xã ngay khi lưu.',
          en: "The product is recorded in the cooperative's trace ledger as soon as it is saved.",
        })}
      </p>
      <ProductForm
        draft={answer?.draft ?? draft}
        choices={choices}
        error={answer?.error}
        editing={false}
      />
    </>
  );
}
