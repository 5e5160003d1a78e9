import { ContractError } from '@nguongoc/contracts';

/**
 * The message of a failed request, as a person reads it: NguonGoc's errors carry
 * `Vietnamese / English`; an answer that breaks its contract names the field in both languages.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ContractError) return `${error.messageVi} / ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
