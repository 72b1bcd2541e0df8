/**
 * Plain data shapes of the demo county (Yunhe). Everything here is JSON-serialisable: dates are
 * calendar dates 'YYYY-MM-DD', never Date objects. The database seeder maps these to rows.
 */

export type IsoDate = string;

export interface DemoJurisdiction {
  /** Administrative division code (GB/T 2260), 6 digits. */
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
}

export type TownKind = 'subdistrict' | 'town' | 'ethnic_township';

export interface DemoTown {
  /** Statistical division code of the township level, 9 digits (e.g. '331125001'). */
  code: string;
  name: string;
  nameEn: string;
  kind: TownKind;
}

export type InspectionMode = 'onsite' | 'offsite';

export type IndustryCode =
  | 'wooden_toys'
  | 'wood_products'
  | 'food_processing'
  | 'catering'
  | 'wholesale_retail'
  | 'construction'
  | 'transport'
  | 'chemicals_coatings'
  | 'machinery'
  | 'tourism_homestay'
  | 'agriculture_fungi'
  | 'printing_packaging'
  | 'hydropower'
  | 'pharmacy';

export interface DemoIndustry {
  code: IndustryCode;
  name: string;
  nameEn: string;
  /** Class of GB/T 4754-2017 (国民经济行业分类) that most of its enterprises fall in. */
  gbt4754: string;
  /** Share of the generated enterprises, in percent (all industries add up to 100). */
  weight: number;
}

export interface DemoInspectionItem {
  /** '<department code>-NNN', e.g. 'scjg-001'; unique over the county. */
  code: string;
  name: string;
  /** The law or regulation and its articles, as the department's catalog cites them. */
  legalBasis: string;
  /** Allowed ways of carrying it out; 'offsite' means it may be done without entering. */
  modes: InspectionMode[];
  /** A simple item another department may inspect on the owner's behalf (委托查). */
  delegable: boolean;
  /** Checklist questions (检查要点), in Chinese, in order. */
  checklist: string[];
  /** Industries the item typically concerns; empty = any enterprise. */
  industries: IndustryCode[];
  /** Version of the item and its checklist; the demo starts everything at 1. */
  version: number;
}

export interface DemoTrainingRecord {
  course: string;
  date: IsoDate;
  hours: number;
}

export interface DemoInspector {
  /** Login name of the inspector's account, 'insp-<department code>-<n>'. */
  username: string;
  name: string;
  departmentCode: string;
  /** Administrative enforcement certificate number (行政执法证号), unique over the county. */
  certificateNo: string;
  certificateValidUntil: IsoDate;
  trainings: DemoTrainingRecord[];
}

export interface DemoDepartment {
  /** Short stable lowercase ASCII code, e.g. 'scjg'. */
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  /** Name of the department's principal (主要负责人); demo persons, not the real office holders. */
  headName: string;
  items: DemoInspectionItem[];
  inspectors: DemoInspector[];
}

export type SupervisionGrade = 'A' | 'B' | 'C' | 'D';

/** Market-entity kind, from the USCC's 2nd character: 1 company, 2 individual business, 3 cooperative. */
export type EntityKind = 'company' | 'individual' | 'cooperative';

export interface DemoEnterprise {
  /** 0-based position in the generated sequence (stable for a given seed). */
  seq: number;
  uscc: string;
  name: string;
  entityKind: EntityKind;
  industry: IndustryCode;
  townCode: string;
  address: string;
  legalRepresentative: string;
  establishedOn: IsoDate;
  /** 规上企业 */
  aboveScale: boolean;
  /** 重点企业 */
  key: boolean;
  grade: SupervisionGrade;
  gradeYear: number;
}

export interface GenerateEnterprisesOptions {
  /** How many to generate; default 3000. */
  count?: number;
  /** PRNG seed; the same seed gives the same enterprises. Default DEFAULT_DEMO_SEED. */
  seed?: number;
}

export type DemoRole =
  | 'coordinator'
  | 'dept_admin'
  | 'dept_head'
  | 'inspector'
  | 'enterprise'
  | 'supervisor'
  | 'county_office';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: DemoRole;
  /** For dept_admin, dept_head and inspector. */
  departmentCode?: string;
  /** For enterprise users. */
  enterpriseUscc?: string;
  /** For inspectors: links the account to DemoInspector.certificateNo. */
  inspectorCertificateNo?: string;
}
