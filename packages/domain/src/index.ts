export { checkUscc, usccCheckCharacter, usccRegionCode, type UsccCheck, type UsccProblem } from './uscc';
export { REGION_LEVELS, NATIONAL_REGION_CODE, regionPrefix, isWithinRegion, regionLevelOf, jurisdictionCovers, type RegionLevel } from './region';
