/** 综合查一次: merge proposals and joint visits — what other modules may use. */
export { jointVisitRoutes } from './routes.ts';
export { runProposals } from './run-proposals.ts';
export { acceptProposal } from './accept-proposal.ts';
export { rejectProposal } from './reject-proposal.ts';
export { getJointVisit } from './get-joint-visit.ts';
export { issueJointVisitCode } from './issue-joint-code.ts';
