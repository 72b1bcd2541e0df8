/** Ratings (事后评价): what other modules may use. */
export { ratingRoutes } from './routes.ts';
export { rateVisit, type RatingInput } from './rate-visit.ts';
export { searchRatings } from './list-ratings.ts';
export { ratingSummary } from './rating-summary.ts';
export { RATING_MIN_GROUP, publishedAggregate, aggregate } from './anonymity.ts';
