import { MedusaError } from '@medusajs/framework/utils';
import {
  type FieldWorkInput,
  type LotBundle,
  type Location,
  type Lot,
  type MasterRecord,
  type Organisation,
  type Product,
  TraceFormatError,
  buildFieldEvent,
  canonicalize,
  formatShortCodeUrl,
  generateShortCode,
  normalizeShortCode,
} from '@nguongoc/trace-core';
import {
  type PrintedSerials,
  type RecordVersion,
  type ScanInput,
  type ScanVerdict,
  type TraceStore,
  TraceStoreError,
} from '@nguongoc/trace-store';
import type { TraceLinks } from './loaders/open-store';

/** A lot a processing step used, as staff name it: its short code, and how much (its unit). */
export interface InputLotChoice {
  lot: string;
  quantity?: number;
}

/** What staff type to record field work: the builders of trace-core fill in the EPCIS. */
export type FieldWorkForm = Omit<FieldWorkInput, 'product' | 'lot' | 'location'> & {
  locationId: string;
  /** Processing only: other lots of the same ledger, resolved to their records here. */
  inputs?: InputLotChoice[];
};

/**
 * The trace module: each cooperative's ledger in `@nguongoc/trace-store`, kept in the `trace`
 * schema of the backend's database. Errors of the store become Medusa errors whose message
 * carries the Vietnamese and the English text.
 */
export class TraceModuleService {
  readonly #store: TraceStore;
  readonly #links: TraceLinks;

  constructor({ traceStore, traceLinks }: { traceStore: TraceStore; traceLinks: TraceLinks }) {
    this.#store = traceStore;
    this.#links = traceLinks;
  }

  __hooks = {
    onApplicationShutdown: async (): Promise<void> => {
      await this.#store.close();
    },
  };

  /** The ledger origin of a cooperative: `nguongoc.vn/<handle>`. */
  ledgerOf(handle: string): string {
    return `nguongoc.vn/${handle}`;
  }

  /** Creates the cooperative's ledger if needed and records (a new version of) its organisation. */
  async registerOrganisation(origin: string, organisation: Organisation): Promise<void> {
    await translate(async () => {
      // No keys: the store holds no such ledger. A failure to read them (the database is
      // away) is an error, not "no ledger yet": creating one then would answer a false 400.
      if ((await this.#store.verifierKeys(origin)).length === 0) {
        await this.#store.createLedger(origin);
      }
      await this.#putRecord(origin, organisation);
    });
  }

  /**
   * Records a product, a place or a household's organisation, unless the ledger already holds
   * exactly this version.
   */
  async putRecord(origin: string, record: Product | Location | Organisation): Promise<void> {
    await translate(() => this.#putRecord(origin, record));
  }

  /**
   * Records (a new version of) a place, after the organisations of the households it names, then
   * signs a checkpoint so that its version is provably recorded (and lot bundles show it) at once.
   */
  async putPlace(origin: string, place: Location, households: Organisation[]): Promise<void> {
    await translate(async () => {
      for (const household of households) await this.#putRecord(origin, household);
      await this.#putRecord(origin, place);
      await this.#store.signCheckpoint(origin);
    });
  }

  /** The newest version of a record, if any ledger holds it. */
  async getRecord<T extends MasterRecord['type']>(
    type: T,
    id: string,
  ): Promise<Extract<MasterRecord, { type: T }> | undefined> {
    return translate(() => this.#store.getRecord(type, id));
  }

  /**
   * Every version of a record, newest first, with its ledger position and when the first signed
   * checkpoint covered it (trace-store's `recordVersions`): a place's history.
   */
  async recordVersions<T extends MasterRecord['type']>(
    type: T,
    id: string,
  ): Promise<RecordVersion<Extract<MasterRecord, { type: T }>>[]> {
    return translate(() => this.#store.recordVersions(type, id));
  }

  /** Creates a lot of a product, with a new short code as its ID (the `/t/<code>` of its QR). */
  async createLot(
    origin: string,
    input: {
      productId: string;
      code: string;
      locationId?: string;
      organisationId: string;
      /** The household's organisation; recorded first if the ledger lacks this version. */
      household?: Organisation;
      seasonId?: string;
    },
  ): Promise<Lot> {
    return translate(async () => {
      const lot: Lot = {
        type: 'lot',
        id: generateShortCode(),
        code: input.code,
        productId: input.productId,
        organisationId: input.organisationId,
        ...(input.locationId ? { locationId: input.locationId } : {}),
        ...(input.household ? { householdId: input.household.id } : {}),
        ...(input.seasonId ? { seasonId: input.seasonId } : {}),
      };
      if (input.household) await this.#putRecord(origin, input.household);
      await this.#store.addRecord(origin, lot);
      // Signed at once, so that the lot has a bundle (and a trace page) from its first label.
      await this.#store.signCheckpoint(origin);
      return lot;
    });
  }

  /** The storefront that serves the trace pages (`<storefront>/t/<short code>`). */
  get storefrontUrl(): string {
    return this.#links.storefront;
  }

  /**
   * Where a lot's public trace page is (its QR's URL), and the workspace's label page for it,
   * which registers every code it prints before it makes the file (issue #23).
   */
  linksOf(lotId: string): { trace_url: string; labels_url: string } {
    return {
      trace_url: formatShortCodeUrl(this.#links.storefront, lotId),
      labels_url: `${this.#links.labelPrinter.replace(/\/+$/, '')}/lots/${encodeURIComponent(lotId)}/labels`,
    };
  }

  /** The places recorded in a ledger (where field work happens). */
  async listLocations(origin: string): Promise<Location[]> {
    return translate(() => this.#store.listRecords(origin, 'location'));
  }

  /** The current version of the place `id` if it is in this ledger (one record, not the list). */
  async locationIn(origin: string, id: string): Promise<Location | undefined> {
    return translate(async () => {
      const [current] = await this.#store.recordVersions('location', id);
      return current?.ledger === origin ? current.record : undefined;
    });
  }

  /** The lots of a product in a ledger, newest first. */
  async listLots(origin: string, productId: string): Promise<Lot[]> {
    return translate(async () =>
      (await this.#store.listRecords(origin, 'lot'))
        .filter((lot) => lot.productId === productId)
        .reverse(),
    );
  }

  /**
   * The newest lot of each product of a ledger that has one (trace product ID -> lot ID), from
   * one read of its lots: for callers that need it for many products.
   */
  async newestLots(origin: string): Promise<Map<string, string>> {
    // Listed oldest first: a product's last lot is its newest.
    return translate(
      async () =>
        new Map(
          (await this.#store.listRecords(origin, 'lot')).map((lot) => [lot.productId, lot.id]),
        ),
    );
  }

  /**
   * The lots of a product that have a trace page, newest first, each with its bundle: a lot that
   * no signed checkpoint covers yet is left out, as its trace page would answer 404.
   */
  async publishedLots(
    origin: string,
    productId: string,
  ): Promise<{ lot: Lot; bundle: LotBundle }[]> {
    return translate(async () => {
      const lots = await this.listLots(origin, productId);
      const bundles = await Promise.all(
        lots.map((lot) =>
          this.#store.getLotBundle(lot.id).catch((error: unknown) => {
            if (error instanceof TraceStoreError && /unknown|no_checkpoint/.test(error.code)) {
              return undefined;
            }
            throw error;
          }),
        ),
      );
      return lots.flatMap((lot, i) => {
        const bundle = bundles[i];
        return bundle ? [{ lot, bundle }] : [];
      });
    });
  }

  /**
   * Records field work on a lot, then signs a checkpoint so that the trace page shows it. The
   * input lots of a processing step must be other lots of the same ledger: any other is a 400
   * that says only that it is not one of this cooperative's lots, and nothing is recorded.
   */
  async recordFieldWork(
    origin: string,
    lotId: string,
    form: FieldWorkForm,
  ): Promise<{ eventId: string; leafIndex: number; duplicate: boolean }> {
    return translate(async () => {
      const lot = await this.#record('lot', lotId);
      if (lot.organisationId !== (await this.#organisationOf(origin))) {
        throw notFound(`lô ${lotId} / lot ${lotId}`);
      }
      const product = await this.#record('product', lot.productId);
      const location = await this.#record('location', form.locationId);
      const { inputs: choices, ...work } = form;
      const inputs = choices?.length ? await this.#inputLots(origin, lot, choices) : undefined;
      const event = buildFieldEvent({
        ...work,
        ...(inputs && { inputs }),
        product,
        lot,
        location,
      } as FieldWorkInput);
      const appended = await this.#store.appendEvent(origin, event, lot.id);
      if (!appended.duplicate) await this.#store.signCheckpoint(origin);
      return appended;
    });
  }

  /** The lot bundle for a trace code (a lot's short code), against the newest checkpoint. */
  async lotBundle(code: string): Promise<LotBundle> {
    return translate(() => this.#store.getLotBundle(normalizeShortCode(code)));
  }

  /** The checkpoint a lot's bundle is proven against: what its ETag is made of. */
  async lotCheckpoint(code: string): Promise<{ origin: string; size: number; note: string }> {
    return translate(() => this.#store.getLotCheckpoint(normalizeShortCode(code)));
  }

  /** The keys that verify a ledger's checkpoints (signed-note verifier keys). */
  async verifierKeys(origin: string): Promise<string[]> {
    return translate(() => this.#store.verifierKeys(origin));
  }

  /**
   * Records a scan of a lot's code, or of one of its printed unit serials, and returns whether it
   * looks copied. A code no lot has, or a serial never printed for the lot, is a 404 and nothing
   * is stored; a mistyped code is a 400.
   */
  async recordScan(code: string, scan: ScanInput): Promise<ScanVerdict> {
    return translate(() => this.#store.recordScan(normalizeShortCode(code), scan));
  }

  /** Records that a lot's unit serials `from`..`to` were printed: their scans are then accepted. */
  async recordPrintedSerials(lot: string, range: PrintedSerials): Promise<void> {
    await translate(() => this.#store.recordPrintedSerials(normalizeShortCode(lot), range));
  }

  /** The store itself, for jobs and tests. */
  get store(): TraceStore {
    return this.#store;
  }

  /** Each input lot's record and its product's, when it is another lot of `origin`'s ledger. */
  async #inputLots(
    origin: string,
    output: Lot,
    choices: InputLotChoice[],
  ): Promise<{ product: Product; lot: Lot; quantity?: number }[]> {
    const resolved: { product: Product; lot: Lot; quantity?: number }[] = [];
    for (const choice of choices) {
      const code = normalizeShortCode(choice.lot, 'inputs[].lot');
      if (code === output.id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `inputs[].lot: lô ${code} là chính lô này, không thể là nguyên liệu của nó / lot ${code} is this lot itself and cannot be its own input`,
        );
      }
      // Only the ledger's answer is used: whether another cooperative has such a lot is not told.
      const [current] = await this.#store.recordVersions('lot', code);
      if (current?.ledger !== origin) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `inputs[].lot: lô ${code} không phải lô của hợp tác xã này / lot ${code} is not one of this cooperative's lots`,
        );
      }
      const lot = current.record;
      const product = await this.#record('product', lot.productId);
      resolved.push({
        product,
        lot,
        ...(choice.quantity !== undefined && { quantity: choice.quantity }),
      });
    }
    return resolved;
  }

  async #putRecord(origin: string, record: MasterRecord): Promise<void> {
    const current = await this.#store.getRecord(record.type, record.id);
    if (!current || canonicalize(current) !== canonicalize(record)) {
      await this.#store.addRecord(origin, record);
    }
  }

  async #record<T extends MasterRecord['type']>(
    type: T,
    id: string,
  ): Promise<Extract<MasterRecord, { type: T }>> {
    const record = await this.#store.getRecord(type, id);
    if (!record) throw notFound(`${type} ${id}`);
    return record;
  }

  // The ledger also holds its households' organisations (issue #23): the cooperative is the one
  // of kind `cooperative`, whichever was written last.
  async #organisationOf(origin: string): Promise<string | undefined> {
    return (await this.#store.listRecords(origin, 'organisation')).find(
      (organisation) => organisation.kind === 'cooperative',
    )?.id;
  }
}

function notFound(what: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy ${what} / ${what} not found`);
}

/** Runs store work, turning its typed errors into Medusa errors (400 or 404), both languages. */
async function translate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TraceStoreError) {
      const type = /unknown|no_checkpoint/.test(error.code)
        ? MedusaError.Types.NOT_FOUND
        : MedusaError.Types.INVALID_DATA;
      throw new MedusaError(type, `${error.messageVi} / ${error.message}`, error.code);
    }
    if (error instanceof TraceFormatError) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${error.messageVi} / ${error.message}`,
        error.code,
      );
    }
    throw error;
  }
}

export default TraceModuleService;
