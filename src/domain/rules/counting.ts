/** Counting the enterprise's on-site inspection visits in the inspection's calendar year. */
import { yearOf } from '../calendar/dates.ts';
import type { InspectionCheckInput, VisitRecord } from './types.ts';

/** On-site inspection visits in the same calendar year as the proposal. */
export function onsiteInspectionsThisYear(input: InspectionCheckInput): VisitRecord[] {
  const year = yearOf(input.inspection.date);
  return (input.history ?? []).filter((v) => v.type === 'inspection' && v.mode === 'onsite' && yearOf(v.date) === year);
}

/** The joint visit the proposal joins, when it names one found in history. */
export function joinedVisit(input: InspectionCheckInput): VisitRecord | undefined {
  const id = input.inspection.jointVisitId;
  return id ? (input.history ?? []).find((v) => v.id === id) : undefined;
}

/** Other departments' planned or filed on-site inspections within the merge window, not yet including this department. */
export function joinableVisits(input: InspectionCheckInput, windowDays: number, maxDepartments: number, dayNumber: (d: string) => number): VisitRecord[] {
  const p = input.inspection;
  const at = dayNumber(p.date);
  return (input.history ?? []).filter(
    (v) =>
      v.type === 'inspection' &&
      v.mode === 'onsite' &&
      v.status !== 'done' &&
      !v.departments.includes(p.department) &&
      v.departments.length < maxDepartments &&
      Math.abs(dayNumber(v.date) - at) <= windowDays,
  );
}
