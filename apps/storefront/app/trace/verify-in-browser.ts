// The trace page's only script (built on its own by scripts/build-trace-script.mjs, not by Remix):
// it fetches the lot bundle, verifies it on the consumer's phone with trace-core, checks that the
// page shows exactly the events that verified, records the scan and shows a cloned-code warning
// (or that copies could not be checked), and offers to share the buyer's province with later scans.
// Its texts come from the page (#trace-messages, in the page's language), so that every string
// stays in the message catalogues. The verification itself (Ed25519, SHA-256, canonical JSON) runs
// in a Web Worker made of this same file, so that a slow phone's page never stops answering; where
// module workers are missing it runs here.
import type { BilingualText, ScanAnswer } from '@nguongoc/contracts';
import { type LotBundleVerification, verifyLotBundle } from '@nguongoc/trace-core';
import type { TraceMessages } from './trace-messages';

interface BundlePayload {
  bundle: unknown;
  verifierKeys: string[];
}

if (typeof document === 'undefined') {
  // In the worker: verify what the page sends, answer the result.
  self.onmessage = (message: MessageEvent<BundlePayload>) => {
    // A worker's global scope: postMessage takes no target origin there.
    (self as unknown as Worker).postMessage(
      verifyLotBundle(message.data.bundle, message.data.verifierKeys),
    );
  };
} else {
  const status = document.getElementById('trace-status');
  const messagesElement = document.getElementById('trace-messages');
  if (status && messagesElement) void run(status, JSON.parse(messagesElement.textContent ?? '{}'));
}

function verify(payload: BundlePayload): Promise<LotBundleVerification> {
  const here = () => verifyLotBundle(payload.bundle, payload.verifierKeys);
  let worker: Worker;
  try {
    worker = new Worker(import.meta.url, { type: 'module' });
  } catch {
    return Promise.resolve(here());
  }
  return new Promise((resolve) => {
    worker.onmessage = (message: MessageEvent<LotBundleVerification>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(here());
    };
    worker.postMessage(payload);
  });
}

async function run(status: HTMLElement, messages: TraceMessages): Promise<void> {
  const { bundleUrl = '', scanUrl = '', language = 'vi', checkpointSize = '' } = status.dataset;
  const pick = (reason: { vi: string; en: string }) => (language === 'en' ? reason.en : reason.vi);
  show(status, 'checking', messages.checking, messages.checked);
  let payload: BundlePayload;
  try {
    const response = await fetch(bundleUrl, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    payload = (await response.json()) as BundlePayload;
  } catch {
    show(status, 'unknown', messages.fetchFailed, messages.checked);
    return;
  }
  const result = await verify(payload);
  const shown = [...document.querySelectorAll<HTMLElement>('[data-event-id]')];
  const titleOf = (eventId: string | undefined) =>
    shown.find((element) => element.dataset.eventId === eventId)?.querySelector('h3')
      ?.textContent ?? undefined;

  const problems: string[] = [];
  for (const failure of result.failures) {
    const title = titleOf(failure.subject);
    problems.push(title ? `${title}: ${pick(failure.reason)}` : pick(failure.reason));
    markFailed(shown, failure.subject);
  }
  // What the page says must be what was verified: the same events, in the same order.
  const verifiedIds = result.events.map((event) => event.eventId);
  const shownIds = shown.map((element) => element.dataset.eventId);
  if (result.ok && String(result.checkpoint?.size) !== checkpointSize) {
    problems.push(messages.newerCheckpoint);
  } else if (result.ok && verifiedIds.join(' ') !== shownIds.join(' ')) {
    problems.push(messages.pageDiffers);
  }
  if (problems.length > 0) {
    show(status, 'failed', messages.failed, problems);
  } else {
    show(status, 'verified', messages.verified, messages.checked);
  }
  // A unit label of a product without a GTIN reads `/t/<lot>?s=<serial>`: the page is the lot's
  // (one cached page per lot), the serial only counts its scans.
  const serial =
    status.dataset.serial ?? new URLSearchParams(location.search).get('s') ?? undefined;
  await recordScan(scanUrl, serial, messages, pick);
}

/** Where the phone keeps the province its buyer chose to share (their own device only). */
const PROVINCE_KEY = 'nguongoc.scanProvince';

/** The province the buyer chose to share, if any and still one of the page's province codes. */
function sharedProvince(messages: TraceMessages): string | undefined {
  let code: string | null = null;
  try {
    code = localStorage.getItem(PROVINCE_KEY);
  } catch {
    // Storage refused (private mode): nothing is shared.
  }
  return messages.provinces.some((province) => province.code === code) ? code! : undefined;
}

/**
 * The buyer's choice to share their province with later scans: a list of the 34 provinces, "do
 * not share" first and chosen unless they chose otherwise. Only the province code is kept and
 * sent, never a finer location (issue #22).
 */
function provinceChooser(messages: TraceMessages): HTMLElement {
  const box = document.createElement('div');
  box.className = 'share-province';
  const label = document.createElement('label');
  label.htmlFor = 'share-province';
  label.textContent = messages.shareProvince;
  const select = document.createElement('select');
  select.id = 'share-province';
  const none = new Option(messages.provinceNone, '');
  select.append(
    none,
    ...messages.provinces.map((province) => new Option(province.name, province.code)),
  );
  select.value = sharedProvince(messages) ?? '';
  select.addEventListener('change', () => {
    try {
      if (select.value) localStorage.setItem(PROVINCE_KEY, select.value);
      else localStorage.removeItem(PROVINCE_KEY);
    } catch {
      // Storage refused: the choice lasts for this page only.
    }
  });
  const hint = document.createElement('small');
  hint.textContent = messages.shareProvinceHint;
  box.append(label, select, hint);
  return box;
}

function show(status: HTMLElement, state: string, title: string, lines: string[]): void {
  status.dataset.state = state;
  const heading = document.createElement('strong');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  status.replaceChildren(heading, ...(lines.length > 0 ? [list] : []));
}

function markFailed(shown: HTMLElement[], subject: string | undefined): void {
  for (const element of shown) {
    if (element.dataset.eventId === subject) element.classList.add('failed');
  }
}

async function recordScan(
  scanUrl: string,
  serial: string | undefined,
  messages: TraceMessages,
  pick: (reason: BilingualText) => string,
): Promise<void> {
  const province = sharedProvince(messages);
  const status = document.getElementById('trace-status');
  let verdict: ScanAnswer['verdict'] | undefined;
  try {
    const response = await fetch(scanUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...(serial ? { serial } : {}), ...(province ? { province } : {}) }),
    });
    // The storefront's scans route passes on the backend's answer as its contract has it.
    if (response.ok) ({ verdict } = (await response.json()) as ScanAnswer);
  } catch {
    // Said below, as any other failure.
  }
  const notes: HTMLElement[] = [];
  if (!verdict) {
    // No verdict (offline, refused, too many scans, the backend away): the buyer must not take
    // silence for "no copies".
    const failed = document.createElement('div');
    failed.className = 'scan-failed';
    failed.setAttribute('role', 'status');
    failed.textContent = messages.scanFailed;
    notes.push(failed);
  } else if (verdict.suspicious) {
    const warning = document.createElement('div');
    warning.className = 'cloned';
    warning.setAttribute('role', 'alert');
    const heading = document.createElement('strong');
    heading.textContent = messages.cloned;
    warning.append(heading, ...verdict.reasons.map((reason) => paragraph(pick(reason))));
    notes.push(warning);
  }
  status?.after(...notes, provinceChooser(messages));
}

function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}
