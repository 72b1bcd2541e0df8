export * from './types.ts';
export * from './dates.ts';
export * from './official.ts';
export * from './build.ts';
export * from './quiet.ts';
