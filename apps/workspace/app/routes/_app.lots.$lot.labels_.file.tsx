// POST /lots/:lot/labels/file: the label page's form. Registers every code the job prints with
// the lot (the member's session, `POST /coop/lots/:lot/serials`), then answers the PDF, TSPL or
// ZPL as a download. Refused (a bad field, the backend's refusal): no file, back to the page with
// what was typed and the reason in both languages.
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { LabelError } from '@nguongoc/label-printer';
import { refusal } from '../backend.server';
import { checkJob, formValues, labelErrorText, lotForLabels, printLabels } from '../labels.server';
import { requireAccount } from '../session.server';

export async function action({ request, params }: ActionFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const lot = await lotForLabels(request, account, params.lot!);
  const values = formValues(await request.formData());
  let file: Awaited<ReturnType<typeof printLabels>>;
  try {
    file = await printLabels(request, account, lot, checkJob(values));
  } catch (error) {
    const message = error instanceof LabelError ? labelErrorText(error) : refusal(error).error;
    const back = new URLSearchParams({ ...values, error: message.slice(0, 600) });
    throw redirect(`/lots/${encodeURIComponent(lot.id)}/labels?${back}`, 303);
  }
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename="${file.name.replace(/[^A-Za-z0-9._-]+/g, '-')}"`,
      'Content-Length': String(file.body.length),
      'Cache-Control': 'private, no-store',
    },
  });
}

// A GET (a bookmark, a reload of the download) shows the page: a file is made only by the form.
export function loader({ params }: ActionFunctionArgs) {
  throw redirect(`/lots/${encodeURIComponent(params.lot!)}/labels`);
}
