/**
 * The nine special cases of Y24 二(三) (SPEC R7). Each lifts R5 and R6; R9 (advance notice) only
 * where a notice would defeat the purpose: urgency (danger now) or surprise (evidence could be
 * hidden). All add the head's approval and a filing with the coordinator within 3 working days.
 */
import type { ExceptionCase, ExceptionObligation, RuleId } from './types.ts';

const OBLIGATIONS: ExceptionObligation[] = ['HEAD_APPROVAL', 'FILE_WITH_COORDINATOR'];
const WITH_NOTICE: RuleId[] = ['R5', 'R6'];
const WITHOUT_NOTICE: RuleId[] = ['R5', 'R6', 'R9'];

function c(code: string, zh: string, en: string, lifts: RuleId[], urgent: boolean, whyZh: string, whyEn: string): ExceptionCase {
  return { code, name: { zh, en }, lifts, obligations: OBLIGATIONS, approvalAfterwards: urgent, rationale: { zh: whyZh, en: whyEn } };
}

export const YUNHE_2025_EXCEPTION_CASES: ExceptionCase[] = [
  c('LIFE_PROPERTY_SAFETY', '涉及人民群众生命财产安全', "People's lives and property at risk", WITHOUT_NOTICE, true,
    '危险正在发生，等待预告期会危及生命财产。', 'The danger is present; waiting out the notice period would put lives and property at risk.'),
  c('MAJOR_PUBLIC_INTEREST', '涉及重大公共利益', 'Major public interest', WITH_NOTICE, false,
    '事关重大但通常并不紧急，预告不妨碍检查目的。', 'Weighty but not usually urgent; a notice does not defeat the purpose.'),
  c('MAJOR_PUBLIC_SAFETY', '涉及重大公共安全', 'Major public safety', WITHOUT_NOTICE, true,
    '公共安全风险须立即处置，预告会延误。', 'A public-safety risk must be dealt with at once; a notice would delay it.'),
  c('MAJOR_SOCIAL_IMPACT', '涉及重大社会影响', 'Major social impact', WITH_NOTICE, false,
    '需要及时回应，但预告不妨碍检查目的。', 'Needs a timely response, but a notice does not defeat the purpose.'),
  c('EMERGENCY', '突发事件', 'Emergency (sudden incident)', WITHOUT_NOTICE, true,
    '突发事件须即时检查，先查后登记。', 'A sudden incident needs an immediate inspection: inspect first, register before leaving.'),
  c('COMPLAINT_REPORT', '投诉举报', 'Complaint or report', WITHOUT_NOTICE, false,
    '预告会让被举报的违法行为得以掩盖。', 'A notice would let the reported violation be hidden.'),
  c('CASE_INVESTIGATION', '案件查处', 'Case investigation', WITHOUT_NOTICE, false,
    '预告可能导致证据灭失。', 'A notice could let evidence be destroyed.'),
  c('SUPERIOR_DEPLOYMENT', '上级安排部署', "Superior authority's deployment", WITH_NOTICE, false,
    '上级部署的检查是有计划的，可以预告。', "A superior's deployment is planned; it can be notified."),
  c('SERIOUS_DISHONESTY', '企业被列入严重失信主体', 'Enterprise on the serious-dishonesty list', WITH_NOTICE, false,
    '加强监管但并不紧急，预告不妨碍检查目的。', 'Closer supervision but not urgent; a notice does not defeat the purpose.'),
];
