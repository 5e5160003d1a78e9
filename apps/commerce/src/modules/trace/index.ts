import { Module } from '@medusajs/framework/utils';
import openStore from './loaders/open-store';
import TraceModuleService from './service';

export const TRACE_MODULE = 'trace';

export default Module(TRACE_MODULE, { service: TraceModuleService, loaders: [openStore] });
