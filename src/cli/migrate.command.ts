import type { Command } from './command.js';

export const migrate: Command = {
  summary: 'apply pending database migrations',
  help: `Usage: clientele migrate

Applies every pending migration to DATABASE_URL and prints what it applied. Exits non-zero on failure
(nothing of the failing migration is kept where the database supports transactional DDL).`,
  options: {},
  async run({ config, io }) {
    const [{ openDatabase }, { migrateToLatest }] = await Promise.all([
      import('../server.js'),
      import('../db/migrate.js'),
    ]);
    const db = openDatabase(config);
    try {
      const applied = await migrateToLatest(db);
      io.stdout.write(
        applied.length > 0
          ? `Applied migrations: ${applied.join(', ')}\n`
          : 'Database is up to date; nothing to apply.\n',
      );
    } finally {
      await db.close();
    }
  },
};
