import { getDepartment, listAudit, listDepartments, listEnterprises } from '../../api/endpoints';
import type { Grade, User } from '../../api/types';
import { canOpen, isDepartmentUser } from '../../nav/access';
import type { GradeCounts } from './GradeChart';

/** Figures for the staff dashboard; each is a total the API reports (undefined if not visible to the role). */
export interface StaffFigures {
  departments?: number;
  items?: number;
  ownItems?: number;
  enterprises?: number;
  audit?: number;
  grades?: GradeCounts;
}

const GRADES: Grade[] = ['A', 'B', 'C', 'D'];
const page1 = { limit: 1, offset: 0 };

export async function loadStaffFigures(user: User): Promise<StaffFigures> {
  const figures: StaffFigures = {};
  const jobs: Promise<void>[] = [];

  if (canOpen(user, 'departments')) {
    jobs.push(
      listDepartments({ limit: 100, offset: 0 }).then((res) => {
        figures.departments = res.total;
        // the catalog size is the sum of the departments' item counts, when all of them fit one page
        if (res.items.length === res.total) figures.items = res.items.reduce((sum, d) => sum + d.itemCount, 0);
      }),
    );
  }
  if (isDepartmentUser(user) && user.department) {
    jobs.push(getDepartment(user.department.code).then((d) => void (figures.ownItems = d.itemCount)));
  }
  if (canOpen(user, 'enterprises')) {
    jobs.push(listEnterprises(page1).then((res) => void (figures.enterprises = res.total)));
    const counts: GradeCounts = { A: 0, B: 0, C: 0, D: 0 };
    jobs.push(
      Promise.all(
        GRADES.map((grade) => listEnterprises({ ...page1, grade }).then((res) => void (counts[grade] = res.total))),
      ).then(() => void (figures.grades = counts)),
    );
  }
  if (canOpen(user, 'audit')) {
    jobs.push(listAudit(page1).then((res) => void (figures.audit = res.total)));
  }
  await Promise.allSettled(jobs);
  return figures;
}
