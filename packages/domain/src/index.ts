export { checkUscc, usccCheckCharacter, usccRegionCode, type UsccCheck, type UsccProblem } from './uscc';
export { REGION_LEVELS, regionPrefix, isWithinRegion, type RegionLevel } from './region';
