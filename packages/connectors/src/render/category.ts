import { CATEGORY_KEYS } from '../rules/category-keys.js';
import type { CategoryNode, ExchangeRules } from '../rules/rule-types.js';
import type { CategoryChoice } from '../types.js';

/** Every node's path ("Nông sản > Trái cây"), by id. */
export function categoryPaths(tree: readonly CategoryNode[]): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (nodes: readonly CategoryNode[], prefix: string) => {
    for (const node of nodes) {
      const path = prefix === '' ? node.name : `${prefix} > ${node.name}`;
      paths.set(node.id, path);
      if (node.children) walk(node.children, path);
    }
  };
  walk(tree, '');
  return paths;
}

/**
 * The exchange category for a NguonGoc key: the caller's own mapping first, then the rules'
 * mapping of the key, then of its parent key. With none, the exchange's catch-all category and a
 * reason, which validation turns into a warning.
 */
export function chooseCategory(
  key: string,
  rules: ExchangeRules,
  paths: ReadonlyMap<string, string>,
  overrides: Readonly<Record<string, string>> = {},
): CategoryChoice {
  const parent = key.split('/')[0] ?? key;
  const mapped = [overrides[key], rules.categoryMapping.value[key], overrides[parent]]
    .concat(parent === key ? [] : [rules.categoryMapping.value[parent]])
    .find((id) => id !== undefined && paths.has(id));
  if (mapped !== undefined) return { kind: 'mapped', id: mapped, path: paths.get(mapped)! };
  const fallback = rules.fallbackCategory.value;
  const known = Object.hasOwn(CATEGORY_KEYS, parent);
  return {
    kind: 'fallback',
    id: fallback,
    path: paths.get(fallback) ?? fallback,
    reason: known
      ? `danh mục "${key}" chưa được ánh xạ sang sàn này / category "${key}" has no mapping on this exchange`
      : `danh mục "${key}" không có trong danh mục NguonGoc / category "${key}" is not a NguonGoc category`,
  };
}
