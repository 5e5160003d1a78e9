// A cooperative member's role, and their household when they are a household member: the radio
// group and household list of the invitation and role forms. Every role is offered; what the
// signed-in person may grant is the backend's to say (a manager grants no manager role).
import type { MemberRole } from '@nguongoc/contracts';
import type { Message } from '@nguongoc/vn-locale';
import { useText } from '../text';
import { FieldLabel } from './field';

export const ROLE_NAMES: Record<MemberRole, Message> = {
  manager: { vi: 'Quản lý', en: 'Manager' },
  staff: { vi: 'Nhân viên', en: 'Staff' },
  household: { vi: 'Thành viên hộ', en: 'Household member' },
};

const ROLES: { role: MemberRole; hint: Message }[] = [
  {
    role: 'staff',
    hint: {
      vi: 'làm việc văn phòng: sản phẩm, lô hàng, tem, sàn TMĐT, đơn hàng',
      en: 'office work: products, lots, labels, exchanges, orders',
    },
  },
  {
    role: 'household',
    hint: {
      vi: 'ghi công việc đồng ruộng của hộ mình',
      en: 'records the field work of their household',
    },
  },
  {
    role: 'manager',
    hint: {
      vi: 'thêm cả thành viên và tài khoản nhận tiền',
      en: 'also members and the payout account',
    },
  },
];

export interface HouseholdChoice {
  id: string;
  name: string;
}

export function MemberRoleChoice({
  idPrefix,
  role,
  householdId,
  households,
  invalid,
}: {
  idPrefix: string;
  role: string;
  householdId: string;
  households: HouseholdChoice[];
  /** The field the backend's refusal names, if it is one of these. */
  invalid?: string | undefined;
}) {
  const t = useText();
  return (
    <>
      <fieldset aria-invalid={invalid === 'role' ? true : undefined}>
        <legend>{t({ vi: 'Vai trò', en: 'Role' })}</legend>
        {ROLES.map((each) => (
          <label className="choice" key={each.role}>
            <input
              type="radio"
              name="role"
              value={each.role}
              defaultChecked={role === each.role}
              required
            />
            <span>
              {t(ROLE_NAMES[each.role])} <span className="hint">{t(each.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FieldLabel
        id={`${idPrefix}-household`}
        label={{ vi: 'Hộ', en: 'Household' }}
        hint={{ vi: 'Chỉ cho thành viên hộ', en: 'For a household member only' }}
      />
      <select
        id={`${idPrefix}-household`}
        name="household_id"
        defaultValue={householdId}
        aria-invalid={invalid === 'household_id' ? true : undefined}
      >
        <option value="">{t({ vi: '(không thuộc hộ nào)', en: '(no household)' })}</option>
        {households.map((household) => (
          <option key={household.id} value={household.id}>
            {household.name}
          </option>
        ))}
      </select>
    </>
  );
}
