import type { RouteModule } from '../../app.js';

export const clientContactRoutes: RouteModule = () => {};
