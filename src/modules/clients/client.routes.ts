import type { RouteModule } from '../../app.js';

export const clientRoutes: RouteModule = () => {};
