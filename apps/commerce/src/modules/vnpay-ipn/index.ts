import { Module } from '@medusajs/framework/utils';
import VnpayIpnModuleService from './service';

export const VNPAY_IPN_MODULE = 'vnpay_ipn';

export default Module(VNPAY_IPN_MODULE, { service: VnpayIpnModuleService });
