import type { DemoInspectionItem, IndustryCode, InspectionMode } from '../types.ts';

/** Compact authoring form of a catalog item; defineItems numbers and normalises them. */
export interface ItemSpec {
  name: string;
  /** Legal basis as the catalog cites it: law or regulation in 《》 and its articles. */
  basis: string;
  modes: 'onsite' | 'offsite' | 'both';
  delegable?: boolean;
  industries?: IndustryCode[];
  checklist: string[];
}

const MODES: Readonly<Record<ItemSpec['modes'], InspectionMode[]>> = {
  onsite: ['onsite'],
  offsite: ['offsite'],
  both: ['onsite', 'offsite'],
};

/** Numbers a department's items '<code>-001', '<code>-002' … in the order given. */
export function defineItems(departmentCode: string, specs: readonly ItemSpec[]): DemoInspectionItem[] {
  return specs.map((s, i) => ({
    code: `${departmentCode}-${String(i + 1).padStart(3, '0')}`,
    name: s.name,
    legalBasis: s.basis,
    modes: [...MODES[s.modes]],
    delegable: s.delegable ?? false,
    checklist: [...s.checklist],
    industries: [...(s.industries ?? [])],
    version: 1,
  }));
}
