import type { RouteModule } from '../../app.js';

export const stageRoutes: RouteModule = () => {};
