// CBV 2.0 standard vocabulary as the EPCIS 2.0 JSON-LD context defines it. In JSON, EPCIS writes
// standard values as bare words ("shipping"); the context's scoped `@context` of each term maps
// them to web URIs (cbv:BizStep-shipping). The event hash needs those URIs (CBV 2.0 section 8.9,
// so that JSON and XML events hash alike), but trace-core cannot fetch the context at run time, so
// the word lists are copied here by hand from
// https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld. A test compares them with the
// published file, so a new CBV release that adds words fails loudly instead of hashing differently.

/** A closed list of bare words and the URI prefix that turns each word into its web URI. */
export interface CbvVocabulary {
  readonly base: string;
  readonly words: ReadonlySet<string>;
}

const CBV = 'https://ref.gs1.org/cbv/';
const GS1_VOC = 'https://gs1.org/voc/';

function vocabulary(base: string, words: readonly string[]): CbvVocabulary {
  return { base, words: new Set(words) };
}

/** `bizStep` (context term `bizStep`). */
// prettier-ignore
export const BIZ_STEP = vocabulary(`${CBV}BizStep-`, [
  'accepting', 'arriving', 'assembling', 'collecting', 'commissioning', 'consigning',
  'creating_class_instance', 'cycle_counting', 'decommissioning', 'departing', 'destroying',
  'disassembling', 'dispensing', 'encoding', 'entering_exiting', 'holding', 'inspecting',
  'installing', 'killing', 'loading', 'other', 'packing', 'picking', 'receiving', 'removing',
  'repackaging', 'repairing', 'replacing', 'reserving', 'retail_selling', 'sampling',
  'sensor_reporting', 'shipping', 'staging_outbound', 'stock_taking', 'stocking', 'storing',
  'transporting', 'unloading', 'unpacking', 'void_shipping',
]);

/** `disposition` and `persistentDisposition` `set` / `unset` (same list in the context). */
// prettier-ignore
export const DISPOSITION = vocabulary(`${CBV}Disp-`, [
  'active', 'available', 'completeness_inferred', 'completeness_verified', 'conformant',
  'container_closed', 'container_open', 'damaged', 'destroyed', 'dispensed', 'disposed',
  'encoded', 'expired', 'in_progress', 'in_transit', 'inactive', 'mismatch_class',
  'mismatch_instance', 'mismatch_quantity', 'needs_replacement', 'no_pedigree_match',
  'non_conformant', 'non_sellable_other', 'partially_dispensed', 'recalled', 'reserved',
  'retail_sold', 'returned', 'sellable_accessible', 'sellable_not_accessible', 'stolen',
  'unavailable', 'unknown',
]);

/** `type` of a `bizTransactionList` entry. */
// prettier-ignore
export const BIZ_TRANSACTION_TYPE = vocabulary(`${CBV}BTT-`, [
  'bol', 'cert', 'desadv', 'inv', 'pedigree', 'po', 'poc', 'prodorder', 'recadv', 'rma',
  'testprd', 'testres', 'upevt',
]);

/** `type` of a `sourceList` / `destinationList` entry. */
// prettier-ignore
export const SOURCE_DESTINATION_TYPE = vocabulary(`${CBV}SDT-`, [
  'location', 'owning_party', 'possessing_party',
]);

/** `type` of a `sensorReport` (measurement types live in the GS1 Web Vocabulary, not in CBV). */
// prettier-ignore
export const MEASUREMENT_TYPE = vocabulary(GS1_VOC, [
  'AbsoluteHumidity', 'AbsorbedDose', 'AbsorbedDoseRate', 'Acceleration', 'Altitude',
  'AmountOfSubstance', 'AmountOfSubstancePerUnitVolume', 'Angle', 'AngularAcceleration',
  'AngularMomentum', 'AngularVelocity', 'Area', 'Capacitance', 'Conductance', 'Conductivity',
  'Count', 'Density', 'Dimensionless', 'DoseEquivalent', 'DoseEquivalentRate',
  'DynamicViscosity', 'ElectricCharge', 'ElectricCurrent', 'ElectricCurrentDensity',
  'ElectricFieldStrength', 'Energy', 'Exposure', 'Force', 'Frequency', 'Illuminance',
  'Inductance', 'Irradiance', 'KinematicViscosity', 'Length', 'LinearMomentum', 'Luminance',
  'LuminousFlux', 'LuminousIntensity', 'MagneticFlux', 'MagneticFluxDensity',
  'MagneticVectorPotential', 'Mass', 'MassConcentration', 'MassFlowRate', 'MassPerAreaTime',
  'MemoryCapacity', 'MolalityOfSolute', 'MolarEnergy', 'MolarMass', 'MolarVolume', 'Power',
  'Pressure', 'RadiantFlux', 'RadiantIntensity', 'Radioactivity', 'RelativeHumidity',
  'Resistance', 'Resistivity', 'SolidAngle', 'SpecificVolume', 'Speed', 'SurfaceDensity',
  'SurfaceTension', 'Temperature', 'Time', 'Torque', 'Voltage', 'Volume', 'VolumeFlowRate',
  'VolumeFraction', 'VolumetricFlux', 'Wavenumber',
]);

/** `exception` of a `sensorReport`. */
export const SENSOR_EXCEPTION = vocabulary(GS1_VOC, ['ALARM_CONDITION', 'ERROR_CONDITION']);

/** `component` of a `sensorReport` (coordinate components). */
// prettier-ignore
export const SENSOR_COMPONENT = vocabulary(`${CBV}Comp-`, [
  'altitude', 'axial_distance', 'azimuth', 'easting', 'elevation_angle', 'height', 'latitude',
  'longitude', 'northing', 'polar_angle', 'spherical_radius', 'x', 'y', 'z',
]);

/**
 * `reason` of an `errorDeclaration`. The hash leaves `errorDeclaration` out (so that a declared
 * error does not change the ID of the event it corrects), so this list only completes the table.
 */
export const ERROR_REASON = vocabulary(`${CBV}ER-`, ['did_not_occur', 'incorrect_data']);

/** The bare word as its web URI when the vocabulary defines it, otherwise the value unchanged. */
export function expandCbvWord(value: string, vocab: CbvVocabulary): string {
  return vocab.words.has(value) ? vocab.base + value : value;
}

/**
 * EPCIS 1.x URN forms of the same vocabularies, which CBV 2.0 section 8.9 maps to the web URIs.
 * `bt:` (business transaction identifiers) is absent on purpose: those are identifiers, not
 * vocabulary, and keep their URN form.
 */
export const LEGACY_CBV_URNS: readonly (readonly [string, string])[] = [
  ['urn:epcglobal:cbv:bizstep:', `${CBV}BizStep-`],
  ['urn:epcglobal:cbv:disp:', `${CBV}Disp-`],
  ['urn:epcglobal:cbv:btt:', `${CBV}BTT-`],
  ['urn:epcglobal:cbv:sdt:', `${CBV}SDT-`],
  ['urn:epcglobal:cbv:er:', `${CBV}ER-`],
];

/** The prefixes that the EPCIS 2.0 context itself declares, usable in every EPCIS document. */
export const EPCIS_CONTEXT_PREFIXES: Readonly<Record<string, string>> = {
  epcis: 'https://ref.gs1.org/epcis/',
  cbv: CBV,
  cbvmda: 'urn:epcglobal:cbv:mda:',
  gs1: GS1_VOC,
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',
};
