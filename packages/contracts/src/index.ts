// One schema per boundary: every request and answer that crosses a workspace, and a product's
// metadata. Routes validate with these; the storefront, the admin pages and the label printer
// parse with them; the types are inferred, never declared twice.
export { ContractError, readAnswer } from './read-answer.js';
export { type BilingualText, bilingualText } from './_fields.js';
export {
  EXCHANGE_IDS,
  type ExchangeId,
  SALES_CHANNELS,
  type SalesChannel,
  exchangeId,
  salesChannel,
} from './exchanges.js';
export {
  type ProductMetadata,
  type ProductMetadataKey,
  productMetadata,
  readProductMetadata,
} from './product-metadata.js';
export { type AddressMetadata, addressMetadata, readAddressMetadata } from './address-metadata.js';
export {
  type StoreCooperative,
  type StoreCooperativeAnswer,
  type StoreCooperativesAnswer,
  type StoreLot,
  type StoreProductOriginAnswer,
  storeCooperative,
  storeCooperativeAnswer,
  storeCooperativesAnswer,
  storeLot,
  storeProductOriginAnswer,
} from './store-cooperatives.js';
export {
  type ScanAnswer,
  type ScanBody,
  type ScanVerdict,
  type StoreGs1LotAnswer,
  type StoreTraceAnswer,
  lotBundle,
  scanAnswer,
  scanBody,
  scanVerdict,
  storeGs1LotAnswer,
  storeTraceAnswer,
} from './store-trace.js';
export {
  type CommuneFigures,
  communeFiguresAnswer,
  readCommuneFigures,
} from './commune-figures.js';
export {
  type AdminLocation,
  type AdminLot,
  type CreateLotBody,
  type CreatedLotAnswer,
  type FieldWorkAnswer,
  type FieldWorkBody,
  type LotDetailAnswer,
  type ProductLotsAnswer,
  type StoryStep,
  createLotBody,
  createdLotAnswer,
  fieldWorkAnswer,
  fieldWorkBody,
  lotDetailAnswer,
  productLotsAnswer,
} from './admin-trace.js';
export {
  type AdminCooperative,
  type AdminCooperativeAnswer,
  type AdminCooperativesAnswer,
  type CategoryMappingBody,
  type CreateCooperativeBody,
  type HouseholdBody,
  type UpdateCooperativeBody,
  adminCooperativeAnswer,
  adminCooperativesAnswer,
  categoryMappingBody,
  createCooperativeBody,
  householdBody,
  updateCooperativeBody,
} from './admin-cooperatives.js';
// The admin's exchanges, households, address units and pilot pages (apps/commerce's routes).
export {
  type CategoryMappingAnswer,
  type CategoryMappingsAnswer,
  type ChannelAccount,
  type ChannelAccountAnswer,
  type ChannelAccountBody,
  type ChannelExportAnswer,
  type ChannelExportBody,
  type ChannelListingAnswer,
  type ChannelListingBody,
  type ChannelsAnswer,
  type DownloadFile,
  type ImportProblem,
  type ListingReadiness,
  ORDER_FILE_MAX_BYTES,
  type OrderImportAnswer,
  type OrderImportSummary,
  type OrderImportsAnswer,
  type RuleFinding,
  categoryMapping,
  categoryMappingAnswer,
  categoryMappingsAnswer,
  channelAccountAnswer,
  channelAccountBody,
  channelExportAnswer,
  channelExportBody,
  channelListingAnswer,
  channelListingBody,
  channelsAnswer,
  importProblem,
  listingReadiness,
  orderFileName,
  orderImportAnswer,
  orderImportsAnswer,
} from './admin-channels.js';
export {
  type AdminHousehold,
  type HouseholdAnswer,
  type HouseholdsAnswer,
  householdAnswer,
  householdsAnswer,
} from './admin-households.js';
export {
  type AdministrativeUnit,
  type CommunesAnswer,
  type ProvincesAnswer,
  communesAnswer,
  provincesAnswer,
} from './administrative-units.js';
export {
  type PilotDueReportsAnswer,
  type PilotReportFile,
  type PilotReportFileAnswer,
  type PilotSalesLine,
  type PilotSalesLinesAnswer,
  pilotDueReportsAnswer,
  pilotReportFileAnswer,
  pilotSalesLinesAnswer,
} from './admin-pilot.js';
