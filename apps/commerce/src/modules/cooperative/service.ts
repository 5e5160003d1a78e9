import { MedusaError, MedusaService } from '@medusajs/framework/utils';
import type { CreateCooperativeBody } from '@nguongoc/contracts';
import { findCommune } from '@nguongoc/vn-admin-units';
import { vietnamPhone } from '../../phone-number';
import { Cooperative } from './models/cooperative';
import { Household } from './models/household';

const TAX_CODE = /^\d{10}(-\d{3})?$/;

/** A new cooperative: the admin's body (POST /admin/cooperatives), with its ledger once known. */
export type CooperativeInput = CreateCooperativeBody & { trace_origin?: string | null };

/**
 * `T` as Medusa's generated inputs take it: a field whose type allows `undefined` (an optional
 * field of a zod body) is absent instead, as `exactOptionalPropertyTypes` tells the two apart.
 */
export type Written<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** The fields the registration checks read, each optional (an update may leave it out). */
interface CheckedFields {
  tax_code?: string | undefined;
  commune_code?: string | undefined;
  phone?: string | undefined;
}

/** Cooperatives: Medusa's generated CRUD, with the checks of a Vietnamese registration. */
export default class CooperativeModuleService extends MedusaService({ Cooperative, Household }) {
  /**
   * Checks a cooperative before it is written and fills its province from its commune; a field
   * given as `undefined` is left out, as absent.
   * @throws MedusaError INVALID_DATA naming the field, in Vietnamese and English.
   */
  validateCooperative<T extends CheckedFields>(input: T): Written<T> & { province_code?: string } {
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
    if (input.phone !== undefined && !vietnamPhone(input.phone)) {
      problems.push(
        `phone: số điện thoại "${input.phone}" không hợp lệ / the phone number is not valid`,
      );
    }
    if (problems.length > 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join('; '));
    }
    // The filter is what makes the type true: no field is left with `undefined`.
    const written = Object.fromEntries(
      Object.entries(input).filter((entry) => entry[1] !== undefined),
    ) as Written<T>;
    return province_code ? { ...written, province_code } : written;
  }

  /**
   * Checks a household's commune and phone as a cooperative's are checked, and fills its province.
   * @throws MedusaError INVALID_DATA naming the field, in Vietnamese and English.
   */
  validateHousehold<T extends { commune_code: string; phone?: string | null | undefined }>(
    input: T,
  ): T & { province_code: string } {
    const { province_code } = this.validateCooperative({
      commune_code: input.commune_code,
      ...(input.phone ? { phone: input.phone } : {}),
    });
    return { ...input, province_code: province_code! };
  }
}
