export { checkUscc, usccCheckCharacter, usccRegionCode, type UsccCheck, type UsccProblem } from './uscc';
export { REGION_LEVELS, NATIONAL_REGION_CODE, regionPrefix, isWithinRegion, regionLevelOf, jurisdictionCovers, type RegionLevel } from './region';
export { SIZE_INDICATORS, SIZE_ROWS, SIZE_TABLE, sizeIndicatorsOf, type SizeIndicator, type SizeRow, type SizeLimit, type SizeRowDefinition } from './size-class/size-table';
export { SIZE_CLASSES, SIZE_CLASS_LABELS, SIZE_INDICATOR_LABELS, SIZE_INDICATOR_UNITS, type SizeClass } from './size-class/labels';
export { INDUSTRY_SECTIONS, industrySectionOf, type IndustrySection } from './size-class/industry-section';
export { sizeRowOfIndustry, type SizeIndustryMatch, type SizeRowBasis, type IndustryCodeProblem } from './size-class/industry-row';
export { type SizeIndicatorFinding, type SizeThresholdComparison } from './size-class/indicator-band';
export {
  classifySize,
  classifySizeForIndustry,
  type SizeInputs,
  type SizeInputProblem,
  type SizeProblem,
  type SizeClassified,
  type SizeClassification,
  type SizeClassificationForIndustry,
} from './size-class/classify';
export { normaliseMobile, sameName, stripPhoneFormatting } from './contact';
export { ASSESSMENT_CATEGORIES, assessmentCategoryOfIndustry, type AssessmentCategory } from './assessment-category';
export { beijingToday, daysBetween, isCalendarDate, plusDays } from './dates';
export { TIER_NAMES, tierName } from './tiers';
