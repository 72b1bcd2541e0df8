/**
 * The rules' plain-data contract. A use case loads these from the database and passes them in;
 * a rule never reads anything else. Dates are 'YYYY-MM-DD'.
 */
import type { Grade } from '../calendar/quiet.ts';
import type { IsoDate, WorkingCalendar } from '../calendar/types.ts';
import type { Policy, RuleId, Text } from '../policy/types.ts';

export type { Grade, IsoDate, RuleId, Text };

export type Verdict = 'allow' | 'warn' | 'block';

export interface Finding {
  rule: RuleId;
  /** Stable machine code of the finding, e.g. 'R6_QUIET_PERIOD'. */
  code: string;
  verdict: Verdict;
  clause: { id: string; text: string };
  /** What is wrong (or fine) and what to do instead. */
  message: Text;
  /** Figures behind the message. `earliestDate`, on a block, is the first day it could lift. */
  data?: Record<string, unknown> & { earliestDate?: IsoDate };
}

export interface RuleContext {
  calendar: WorkingCalendar;
  /** The policy version in force on the inspection's date (policyInForce). */
  policy: Policy;
}

export type InspectionMode = 'onsite' | 'offsite';
export type InspectionKind = 'random' | 'targeted' | 'campaign';

export interface EnterpriseRef {
  /** Unified social credit code (USCC). */
  uscc: string;
  grade: Grade;
  /** The enterprise asked not to be merged into joint visits (R11). */
  mergeOptOut?: boolean;
}

export interface Inspector {
  id: string;
  name?: string;
  certificateNo?: string;
  /** Last day the enforcement certificate is valid; null = none. */
  certificateValidUntil: IsoDate | null;
  /** Training is current on the inspection day. */
  trainingCurrent: boolean;
}

/** The inspection being proposed (the subject of checkInspection). */
export interface ProposedInspection {
  enterprise: EnterpriseRef;
  /** Department code of the inspecting department. */
  department: string;
  items: string[];
  mode: InspectionMode;
  kind: InspectionKind;
  date: IsoDate;
  /** Day the advance notice was (or will be) given; absent = not yet known (R9 warns). */
  noticeDate?: IsoDate;
  /** Exception case code from the policy (R7). */
  exceptionCase?: string;
  /** R13: absent = not yet assigned (no finding); [] = none assigned (block). */
  inspectors?: Inspector[];
  /** R2: in the department's published annual plan; absent = not known (no finding). */
  inPublishedPlan?: boolean;
  /** R2: the basis of a campaign inspection (e.g. the superior's document). */
  campaignBasis?: string;
  /** R3: absent = not known (no finding); filedOn null = not filed yet. */
  filing?: { filedOn: IsoDate | null };
  /** R4: a national rule that allows more visits ("国家另有规定"), cited. */
  nationalRuleBasis?: string;
  /** R8: the stated reason for going on site despite an off-site pass. */
  onsiteReason?: string;
  /** R11: the joint visit (an id in history) this inspection joins. */
  jointVisitId?: string;
  /** R14: the guidance service this inspection would come out of. */
  fromGuidanceId?: string;
  /** R7 bookkeeping, when known: day the head approved, day the case was filed with the coordinator. */
  headApprovedOn?: IsoDate | null;
  exceptionFiledOn?: IsoDate | null;
}

export interface CatalogItem {
  code: string;
  name?: string;
  /** Modes the catalog allows for the item. */
  modes: InspectionMode[];
  /** Simple item in the delegable-item library. */
  delegable?: boolean;
}

/** The inspecting department's published item catalog. */
export interface DepartmentCatalog {
  department: string;
  published: boolean;
  items: CatalogItem[];
}

/** An entry of the county's delegable-item library (委托检查事项清单库). */
export interface DelegableItem {
  item: string;
  ownerDepartment: string;
  /** Departments that may inspect it on the owner's behalf; absent or empty = any department. */
  delegates?: string[];
}

export type VisitType = 'inspection' | 'guidance' | 'research' | 'leader' | 'publicity';

/** A visit to the enterprise other than the proposal (done, filed or planned; cancelled ones left out). */
export interface VisitRecord {
  id: string;
  type: VisitType;
  mode: InspectionMode;
  date: IsoDate;
  /** Departments in the visit; two or more = a joint visit (counted once for R5, once per department for R4). */
  departments: string[];
  items?: string[];
  status: 'planned' | 'filed' | 'done';
  exceptionCase?: string;
}

export interface OffsiteResult {
  item: string;
  date: IsoDate;
  /** True when the off-site check found no violation. */
  passed: boolean;
  department?: string;
}

/** A guidance service (预约式行政指导) as recorded. */
export interface GuidanceService {
  id: string;
  findingsRecorded: number;
  penaltiesImposed: number;
  turnedIntoInspection?: boolean;
}

/** R15: the enterprise's grades by grading period (e.g. year), and when it rectified. */
export interface ImprovementRecord {
  grades: { period: number; grade: Grade }[];
  rectifiedInPeriod?: number | null;
}

export interface InspectionCheckInput {
  inspection: ProposedInspection;
  catalog: DepartmentCatalog;
  delegableLibrary?: DelegableItem[];
  /** The enterprise's visits in the inspection's calendar year, plus any within mergeWindowDays of its date. */
  history?: VisitRecord[];
  offsiteResults?: OffsiteResult[];
  /** R14: the guidance service named by inspection.fromGuidanceId. */
  guidance?: GuidanceService;
  improvement?: ImprovementRecord;
}

/** A leader's official visit or a research visit (R6, R10). */
export interface OfficialVisitProposal {
  enterprise: EnterpriseRef;
  type: 'research' | 'leader';
  date: IsoDate;
  /** Day it was (or will be) reported to the county Party and government offices. */
  reportDate?: IsoDate;
  relatedToBusiness: boolean;
  purpose?: string;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  /** First working day on or after the date on which the same proposal would not be blocked; null if none that year. */
  earliestDate: IsoDate | null;
  provisional: boolean;
}
