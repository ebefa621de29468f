export { SUBGRAPH_MODULES } from './modules';
export { openDatabase, DEFAULT_DATA_DIR, DEFAULT_EMBEDDED_PORT, type PlatformDatabase } from './database';
export { migrateAll } from './migrate';
export { seedDemo } from './demo/seed';
export { DEMO_PASSWORD, DEMO_ENTERPRISES, DEMO_OFFICES, DEMO_ADMIN, DEMO_PARTNER } from './demo/demo-data';
export { startProcesses, type RunningPlatform, type ProcessOptions } from './processes';
