// Province, then commune (2025 units), without a script: choosing another province is a submit
// of the same form by GET (button "Show its communes"), and the page comes back with the typed
// values and that province's communes.
import type { CommuneChoices } from '../communes.server';
import { useText } from '../text';

export function CommunePicker({
  choices,
  idPrefix,
}: {
  choices: CommuneChoices;
  idPrefix: string;
}) {
  const t = useText();
  return (
    <fieldset className="commune-picker">
      <legend>{t({ vi: 'Địa bàn', en: 'Commune' })}</legend>
      <label htmlFor={`${idPrefix}-province`}>{t({ vi: 'Tỉnh, thành phố', en: 'Province' })}</label>
      <select id={`${idPrefix}-province`} name="province_code" defaultValue={choices.provinceCode}>
        <option value="">{t({ vi: '— Chọn tỉnh —', en: '— Choose a province —' })}</option>
        {choices.provinces.map((province) => (
          <option key={province.code} value={province.code}>
            {province.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        name="pick_province"
        value="1"
        formMethod="get"
        formNoValidate
        className="secondary small"
      >
        {t({ vi: 'Hiện các xã của tỉnh này', en: "Show this province's communes" })}
      </button>
      <label htmlFor={`${idPrefix}-commune`}>
        {t({ vi: 'Xã, phường', en: 'Commune or ward' })}
      </label>
      <select
        id={`${idPrefix}-commune`}
        name="commune_code"
        defaultValue={choices.communeCode}
        required
      >
        <option value="">{t({ vi: '— Chọn xã —', en: '— Choose a commune —' })}</option>
        {choices.communes.map((commune) => (
          <option key={commune.code} value={commune.code}>
            {commune.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
