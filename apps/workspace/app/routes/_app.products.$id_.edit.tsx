// Changing a product (POST /coop/products/:id): the same form with what is stored; new photos
// are stored first through POST /coop/uploads; the ledger gets a new version when what it holds
// changed (the backend decides). The exchange readiness links here with `#field-<key>`.
import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  data,
  redirect,
} from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import type { CoopProductAnswer } from '@nguongoc/contracts';
import { backendJson, refusal } from '../backend.server';
import { ProductForm } from '../components/product-form';
import {
  type ProductDraft,
  draftOf,
  formChoices,
  readForm,
  readProductOr404,
  updateBody,
  uploadPhotos,
} from '../products.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction = () => [{ title: 'Sửa sản phẩm / Edit product — NguonGoc' }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const [product, choices] = await Promise.all([
    readProductOr404(request, account, params.id!),
    formChoices(request, account),
  ]);
  return { product: { id: product.id, title: product.title }, draft: draftOf(product), choices };
}

type Answer = { draft: ProductDraft; error?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const id = params.id!;
  const { draft, files } = readForm(await request.formData());
  const images = [...draft.images];
  try {
    images.push(...(await uploadPhotos(request, account, files, images.length)));
    await backendJson<CoopProductAnswer>(
      request,
      account,
      `/coop/products/${encodeURIComponent(id)}`,
      {
        body: updateBody(draft, images),
      },
    );
    return redirect(`/products/${id}?saved=updated`);
  } catch (error) {
    return data<Answer>(
      { draft: { ...draft, images }, error: refusal(error).error },
      { status: 400 },
    );
  }
}

export default function EditProduct() {
  const { product, draft, choices } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const t = useText();
  return (
    <>
      <p>
        <Link to={`/products/${product.id}`}>← {product.title}</Link>
      </p>
      <h1>{t({ vi: 'Sửa sản phẩm', en: 'Edit the product' })}</h1>
      <ProductForm draft={answer?.draft ?? draft} choices={choices} error={answer?.error} editing />
    </>
  );
}
