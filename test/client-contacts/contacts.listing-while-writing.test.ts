import { listingWhileWritingSuite } from './listing-while-writing.js';

/** Paging while writing (see listing-while-writing.ts) over 30 contacts; npm run test:slow walks 60. */
listingWhileWritingSuite({ contacts: 30 });
