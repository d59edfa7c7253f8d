import type { RouteModule } from '../../app.js';

export const attributeRoutes: RouteModule = () => {};
