import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';
import { COOPERATIVE_MODULE } from '../../../modules/cooperative';
import type CooperativeModuleService from '../../../modules/cooperative/service';
import type { CooperativeInput } from '../../../modules/cooperative/service';
import { TRACE_MODULE } from '../../../modules/trace';
import type TraceModuleService from '../../../modules/trace/service';

/**
 * Checks a new cooperative (tax code, commune, phone: 400 naming the field) and creates it with
 * its ledger's name, `nguongoc.vn/<handle>`. Undone by deleting it.
 */
export const createCooperativeStep = createStep(
  'create-cooperative',
  async (input: CooperativeInput, { container }) => {
    const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
    const trace = container.resolve<TraceModuleService>(TRACE_MODULE);
    const checked = service.validateCooperative(input);
    const cooperative = await service.createCooperatives({
      ...checked,
      trace_origin: trace.ledgerOf(checked.handle),
    });
    return new StepResponse(cooperative, cooperative.id);
  },
  async (id, { container }) => {
    if (!id) return;
    await container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE).deleteCooperatives(id);
  },
);
