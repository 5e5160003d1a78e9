// `npm start`: builds a ledger for a sample lot, signs a checkpoint (and a provincial co-signature),
// prints the lot's story and verifies it as a consumer's phone would, then shows that a forged
// quantity is caught.
import { cosignCheckpoint, generateNoteKeys, lotStory, verifyLotBundle } from '../src/index.js';
import { LEDGER_ORIGIN, lot, sampleLedger } from '../src/sample-lot.js';

const ledgerKeys = generateNoteKeys(LEDGER_ORIGIN);
const provinceKeys = generateNoteKeys('sokhcn.nghean.gov.vn');

const ledger = sampleLedger();
const checkpoint = cosignCheckpoint(
  ledger.signCheckpoint(ledgerKeys.signerKey),
  provinceKeys.signerKey,
);
const bundle = ledger.lotBundle(lot.id, checkpoint);
const story = lotStory(bundle, 'vi');

console.log('NguonGoc: câu chuyện của một lô hàng / the story of one lot\n');
console.log(
  `${story.product?.name} (${story.product?.nameEn}) · OCOP ${'★'.repeat(story.ocop?.stars ?? 0)} (${story.ocop?.decisionNumber})`,
);
console.log(
  `${story.organisation?.name} · ${story.location?.name} · mã vùng trồng ${story.location?.plantingAreaCode}`,
);
console.log(`Lô ${story.lot?.code} · mã truy xuất /t/${lot.id}\n`);
for (const step of story.steps) {
  console.log(`  ${step.time}  ${step.title}`);
  for (const detail of step.details) console.log(`                    ${detail}`);
}

console.log(`\nCheckpoint (${ledger.log.size} mục / entries):\n${checkpoint}`);
const trusted = [ledgerKeys.verifierKey, provinceKeys.verifierKey];
const result = verifyLotBundle(bundle, trusted, { required: ['sokhcn.nghean.gov.vn'] });
const signers = result.signatures
  .filter((s) => s.valid)
  .map((s) => s.name)
  .join(', ');
console.log(
  result.ok
    ? `✔ Đã xác minh / Verified: ${result.events.length} sự kiện, ${result.records.length} bản ghi, chữ ký của ${signers}`
    : `✘ Không xác minh được / Not verified: ${result.failures.map((f) => f.reason.vi).join('; ')}`,
);

const forged = structuredClone(bundle);
const harvest = forged.events[3]!.event as unknown as { quantityList: { quantity: number }[] };
harvest.quantityList[0]!.quantity = 12_500;
const tampered = verifyLotBundle(forged, trusted);
console.log(`\nSửa sản lượng thu hoạch thành 12.500 kg / forging the harvest as 12,500 kg:`);
for (const failure of tampered.failures)
  console.log(`✘ [${failure.check}] ${failure.reason.vi}\n  ${failure.reason.en}`);
process.exit(result.ok && !tampered.ok ? 0 : 1);
