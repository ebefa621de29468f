import { readFileSync } from 'node:fs';
import { INDUSTRY_TREE_FILE } from '@zjtx/domain/industry-data';

/** The four levels of GB/T 4754-2017: 门类 (letter), 大类 (2 digits), 中类 (3), 小类 (4). */
export enum IndustryLevel {
  SECTION = 'SECTION',
  DIVISION = 'DIVISION',
  GROUP = 'GROUP',
  CLASS = 'CLASS',
}

const LEVELS = [IndustryLevel.SECTION, IndustryLevel.DIVISION, IndustryLevel.GROUP, IndustryLevel.CLASS] as const;
const CODE_SHAPE: Record<IndustryLevel, RegExp> = { SECTION: /^[A-Z]$/, DIVISION: /^\d{2}$/, GROUP: /^\d{3}$/, CLASS: /^\d{4}$/ };

/** One node of the data file: `{ code, name, note?, children? }`. */
export interface IndustryTreeNode {
  code: string;
  name: string;
  note?: string;
  children?: IndustryTreeNode[];
}

export interface IndustryNode {
  code: string;
  name: string;
  note: string | null;
  level: IndustryLevel;
  parentCode: string | null;
  childCodes: readonly string[];
  /** The 门类 letter, so `C3491` (letter + code, as forms write it) can be searched. */
  section: string;
}

/** Lower-case NFKC, so full-width letters, digits and brackets match their ASCII forms (3Ｄ, （）). */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** How well a 小类 matches one search term: by code, own name, an ancestor's name, its note (best first). */
const MATCH_CODE = 0;
const MATCH_NAME = 1;
const MATCH_ANCESTOR_NAME = 2;
const MATCH_NOTE = 3;

/** A 小类 with its texts folded once, at load. */
interface SearchEntry {
  node: IndustryNode;
  code: string;
  letterCode: string;
  name: string;
  ancestorNames: string;
  note: string;
}

function matchOf(entry: SearchEntry, term: string): number | null {
  if (entry.code.startsWith(term) || entry.letterCode.startsWith(term)) return MATCH_CODE;
  if (entry.name.includes(term)) return MATCH_NAME;
  if (entry.ancestorNames.includes(term)) return MATCH_ANCESTOR_NAME;
  if (entry.note.includes(term)) return MATCH_NOTE;
  return null;
}

/** The industry classification, indexed by code: children, ancestors and search, all in memory. */
export class IndustryCatalogue {
  private readonly nodes = new Map<string, IndustryNode>();
  private readonly sectionCodes: string[];
  private readonly searchable: SearchEntry[] = [];

  constructor(tree: readonly IndustryTreeNode[]) {
    this.sectionCodes = tree.map((section) => this.add(section, 0, null, section.code)).sort();
    for (const node of this.nodes.values()) {
      if (node.level !== IndustryLevel.CLASS) continue;
      const ancestors = this.path(node.code).slice(0, -1);
      this.searchable.push({
        node,
        code: node.code,
        letterCode: fold(node.section + node.code),
        name: fold(node.name),
        ancestorNames: fold(ancestors.map((a) => a.name).join('\n')),
        note: fold(node.note ?? ''),
      });
    }
  }

  get(code: string): IndustryNode | null {
    return this.nodes.get(code.trim().toUpperCase()) ?? null;
  }

  /** The children of a node, in code order; the 20 门类 when `parentCode` is null; none for an unknown code or a 小类. */
  children(parentCode?: string | null): IndustryNode[] {
    const codes = parentCode == null ? this.sectionCodes : (this.get(parentCode)?.childCodes ?? []);
    return codes.map((code) => this.nodes.get(code)!);
  }

  /** From the 门类 down to the node itself (门类 > 大类 > 中类 > 小类); empty for an unknown code. */
  path(code: string): IndustryNode[] {
    const path: IndustryNode[] = [];
    for (let node = this.get(code); node; node = node.parentCode ? this.nodes.get(node.parentCode)! : null) path.unshift(node);
    return path;
  }

  /**
   * 小类 matching every whitespace-separated term of `query`: by code prefix (`3491`, `349`,
   * `C349`), then by name, then by the name of an ancestor (`软件` finds all of 大类 65), then by
   * the explanatory note. Best matches first, then in code order; at most `limit`.
   */
  search(query: string, limit: number): IndustryNode[] {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    if (terms.length === 0 || limit <= 0) return [];
    const ranked: { node: IndustryNode; rank: number }[] = [];
    for (const entry of this.searchable) {
      const matches = terms.map((term) => matchOf(entry, term));
      // Every term must match; the weakest match decides the rank.
      if (matches.every((m) => m !== null)) ranked.push({ node: entry.node, rank: Math.max(...(matches as number[])) });
    }
    ranked.sort((a, b) => a.rank - b.rank || a.node.code.localeCompare(b.node.code));
    return ranked.slice(0, limit).map((r) => r.node);
  }

  countByLevel(): Record<IndustryLevel, number> {
    const counts = { SECTION: 0, DIVISION: 0, GROUP: 0, CLASS: 0 };
    for (const node of this.nodes.values()) counts[node.level] += 1;
    return counts;
  }

  private add(source: IndustryTreeNode, depth: number, parent: IndustryNode | null, section: string): string {
    const level = LEVELS[depth];
    const where = `GB/T 4754 data: industry ${JSON.stringify(source.code)}`;
    if (!level) throw new TypeError(`${where} is deeper than the four levels of GB/T 4754`);
    if (typeof source.code !== 'string' || !CODE_SHAPE[level].test(source.code)) throw new TypeError(`${where} is not a ${level} code`);
    // Below the 大类 a code extends its parent's (349 → 3491); 大类 numbers do not contain the 门类 letter.
    if (parent && level !== IndustryLevel.DIVISION && !source.code.startsWith(parent.code)) throw new TypeError(`${where} does not extend its parent ${parent.code}`);
    if (this.nodes.has(source.code)) throw new TypeError(`${where} appears twice`);
    if (typeof source.name !== 'string' || source.name.trim() === '') throw new TypeError(`${where} has no name`);
    const node: IndustryNode = { code: source.code, name: source.name, note: source.note?.trim() || null, level, parentCode: parent?.code ?? null, childCodes: [], section };
    this.nodes.set(node.code, node);
    node.childCodes = (source.children ?? []).map((child) => this.add(child, depth + 1, node, section)).sort();
    return node.code;
  }
}

/** GB/T 4754-2017 from the platform's one copy, kept by @zjtx/domain (where its sources are noted). */
export function loadIndustryCatalogue(file = INDUSTRY_TREE_FILE): IndustryCatalogue {
  return new IndustryCatalogue(JSON.parse(readFileSync(file, 'utf8')) as IndustryTreeNode[]);
}

/**
 * Loaded once, when the service starts: the classification is a published standard that changes
 * only with a new edition (a code change and a release), every request reads it and none writes
 * it, so a table would add migrations and queries for nothing. A bad file stops the start.
 */
export const industryCatalogue = loadIndustryCatalogue();
