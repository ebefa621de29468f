import { LOCAL_REGISTRY } from './registry-data';

export interface RegistryRecord {
  uscc: string;
  name: string;
  legalRepresentative: string;
}

/**
 * The authority that confirms an enterprise's name and legal representative for a USCC
 * (实名认证). The national service plugs in here; the local adapter answers from a built-in
 * dataset.
 */
export interface RealNameRegistry {
  readonly kind: string;
  lookup(uscc: string): Promise<RegistryRecord | null>;
}

const byUscc = new Map(LOCAL_REGISTRY.map((record) => [record.uscc, record]));

export const localRealNameRegistry: RealNameRegistry = {
  kind: 'local',
  lookup: async (uscc) => byUscc.get(uscc) ?? null,
};
