import { MedusaError, MedusaService } from '@medusajs/framework/utils';
import { findCommune } from '@nguongoc/vn-admin-units';
import { Cooperative } from './models/cooperative';
import { Household } from './models/household';

const TAX_CODE = /^\d{10}(-\d{3})?$/;

export interface CooperativeInput {
  handle: string;
  name: string;
  tax_code: string;
  registration_number: string;
  commune_code: string;
  address: string;
  contact_name: string;
  phone: string;
  email?: string | null;
  bank_name?: string | null;
  bank_account_number?: string | null;
  bank_account_holder?: string | null;
  description?: string | null;
  trace_origin?: string | null;
}

/** Cooperatives: Medusa's generated CRUD, with the checks of a Vietnamese registration. */
export default class CooperativeModuleService extends MedusaService({ Cooperative, Household }) {
  /**
   * Checks a cooperative before it is written and fills its province from its commune.
   * @throws MedusaError INVALID_DATA naming the field, in Vietnamese and English.
   */
  validateCooperative<T extends Partial<CooperativeInput>>(
    input: T,
  ): T & { province_code?: string } {
    const problems: string[] = [];
    if (input.tax_code !== undefined && !TAX_CODE.test(input.tax_code)) {
      problems.push(
        `tax_code: mã số thuế "${input.tax_code}" phải có 10 chữ số (hoặc 10-3 cho chi nhánh) / the tax code must be 10 digits (or 10-3 for a branch)`,
      );
    }
    let province_code: string | undefined;
    if (input.commune_code !== undefined) {
      const commune = findCommune(input.commune_code);
      if (!commune) {
        problems.push(
          `commune_code: "${input.commune_code}" không phải mã xã/phường sau sắp xếp 2025 / is not a commune code of the 2025 administrative units`,
        );
      } else province_code = commune.provinceCode;
    }
    if (
      input.phone !== undefined &&
      !/^(\+84|0)\d{9,10}$/.test(input.phone.replace(/[\s.]/g, ''))
    ) {
      problems.push(
        `phone: số điện thoại "${input.phone}" không hợp lệ / the phone number is not valid`,
      );
    }
    if (problems.length > 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join('; '));
    }
    return province_code ? { ...input, province_code } : input;
  }

  /**
   * Checks a household's commune and phone as a cooperative's are checked, and fills its province.
   * @throws MedusaError INVALID_DATA naming the field, in Vietnamese and English.
   */
  validateHousehold<T extends { commune_code: string; phone?: string | null }>(
    input: T,
  ): T & { province_code: string } {
    const { province_code } = this.validateCooperative({
      commune_code: input.commune_code,
      ...(input.phone ? { phone: input.phone } : {}),
    });
    return { ...input, province_code: province_code! };
  }
}
