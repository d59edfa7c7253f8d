import { listingWhileWritingSuite } from './listing-while-writing.js';

/** Paging while writing (see listing-while-writing.ts) at full size: 60 contacts, nine pages a walk. */
listingWhileWritingSuite({ contacts: 60 });
