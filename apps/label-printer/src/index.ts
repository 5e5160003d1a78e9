// Public surface of @nguongoc/label-printer.
export { LabelError, type ErrorLocation } from './errors.js';
export { type LabelData, normalizeLabel } from './label-data.js';
export {
  type LabelLayout,
  type LayoutOptions,
  type Star,
  type TextRun,
  layoutLabel,
} from './label-layout.js';
export { type JobPlan, type LabelRow, jobLayouts, planJob } from './label-job.js';
export {
  type JobOptions,
  type OutputFormat,
  pdfBuffer,
  thermalJob,
  writeLabelImages,
  writePdfFile,
} from './label-output.js';
export {
  type LotInfo,
  type LotLabelOptions,
  MAX_LABELS_PER_JOB,
  type SerialRange,
  lotLabels,
  parseSerialRange,
  unitShortCodeUrl,
} from './lot-labels.js';
export { type EccLevel, MIN_MODULE_MM, QUIET_ZONE_MODULES, qrMatrix } from './qr-code.js';
export { type MonoBitmap, labelBitmap, labelPng } from './render-bitmap.js';
export { type PdfOptions, writePdf } from './render-pdf.js';
export { type SvgOptions, labelSvg } from './render-svg.js';
export { tsplJob } from './render-tspl.js';
export { zplJob } from './render-zpl.js';
export { type ThermalLabel, thermalLabel } from './thermal-parts.js';
export {
  type LabelTemplate,
  type RollTemplate,
  type SheetTemplate,
  builtInTemplateIds,
  builtInTemplates,
  labelPosition,
  labelsPerPage,
  loadTemplate,
  validateTemplate,
} from './templates.js';
export { sendToNetworkPrinter, sendToSpooler } from './printer-transport.js';
export { CSV_COLUMNS, labelRowsFromCsv } from './sources/csv-source.js';
export { lotInfoFromBundle, lotInfoFromRecords } from './sources/bundle-lot-info.js';
export {
  type CommerceApi,
  lotsFromCommerce,
  registerPrintedSerials,
  serialRangeText,
} from './sources/commerce-source.js';
export { lotsFromTraceStore, recordSerialsInTraceStore } from './sources/trace-store-source.js';
