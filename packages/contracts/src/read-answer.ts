import type { Message } from '@nguongoc/vn-locale';
import type { z } from 'zod';

/**
 * An answer or a body that breaks its contract: `path` names the first field that is wrong
 * (`months[2].month`) and `problem` what is wrong with it, in both languages.
 */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  readonly code = 'contract.invalid';

  constructor(
    readonly path: string,
    readonly problem: Message,
  ) {
    super(`${path}: ${problem.en}`);
  }

  /** `path: <vi> / path: <en>`. */
  get messageVi(): string {
    return `${this.path}: ${this.problem.vi}`;
  }
}

/** `['months', 2, 'month']` as `months[2].month`; the root as `what`. */
export function issuePath(path: readonly PropertyKey[], what: string): string {
  if (path.length === 0) return what;
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/**
 * Parses `value` with `schema`, or throws a ContractError naming the first wrong field. The
 * schemas' own messages are English (what a developer reads when two workspaces disagree);
 * the Vietnamese says the same in short.
 * @param what names the root in the error, e.g. `figures` or `GET /store/cooperatives`.
 */
export function readAnswer<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ContractError(issuePath(issue.path, what), {
    vi: `câu trả lời không đúng hợp đồng (${issue.message})`,
    en: issue.message,
  });
}
