// The shared store tests (suite.ts) on PostgreSQL: a fresh database on the test server for each.
import { freshDatabase, PG_SKIP } from './server.js';
import { storeSuite } from './suite.js';

storeSuite('postgres', freshDatabase, PG_SKIP);
