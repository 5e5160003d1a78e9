import { MedusaService } from '@medusajs/framework/utils';
import { AuditEntry } from './models/audit-entry';

/** The audit trail (ADR 031): appended by the API's audit middleware, read by the operator and managers. */
export default class AuditModuleService extends MedusaService({ AuditEntry }) {}
