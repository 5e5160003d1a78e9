import { MedusaService } from '@medusajs/framework/utils';
import { CategoryMapping } from './models/category-mapping';
import { ChannelAccount } from './models/channel-account';
import { ChannelListing } from './models/channel-listing';
import { OrderImport } from './models/order-import';

/**
 * Channel accounts, listings, category mappings and order imports: Medusa's generated CRUD. What
 * an exchange needs (rules, render, export, import) is `@nguongoc/connectors`; the routes put the
 * two together (src/lib/channel-*.ts).
 */
export default class ChannelModuleService extends MedusaService({
  ChannelAccount,
  ChannelListing,
  CategoryMapping,
  OrderImport,
}) {}
