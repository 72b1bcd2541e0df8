export { noticeRoutes } from './routes.ts';
export { acknowledgeNotice, getNotice, listOwnNotices } from './notices.ts';
export { noticeHtml } from './notice-html.ts';
