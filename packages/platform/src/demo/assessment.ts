import type { StoredAnswers, StoredSceneLevels } from '@zjtx/assessment';

/**
 * The demo enterprise's complete assessment of March 2026 (2024 manufacturing questionnaire):
 * 基础 25.7 + 管理 11.25 + 成效 20 = 56.95 points, 12 scenes at level 2 or above (7 of them
 * constraint scenes) but base score under 60 → 二级. Figures agree with the options chosen.
 */
export const DEMO_ASSESSMENT_ANSWERS: StoredAnswers = {
  network: { options: ['B', 'C'], inputs: {} },
  equipment_digitization_rate: { options: ['D'], inputs: { production_devices: 120, digitised_devices: 60 } },
  equipment_networking_rate: { options: ['C'], inputs: { networked_devices: 40 } },
  data_collection_coverage: { options: ['B', 'D', 'G', 'H', 'I', 'N'], inputs: {} },
  information_system_coverage: { options: ['C'], inputs: {} },
  network_security: { options: ['B', 'C'], inputs: {} },
  data_security: { options: ['B', 'C'], inputs: {} },
  planning_execution: { options: ['D'], inputs: {} },
  management_mechanism: { options: ['B', 'C'], inputs: {} },
  digital_talent: { options: ['B', 'D'], inputs: {} },
  digital_investment_ratio: { options: ['A'], inputs: { digital_investment_per_year: 85 } },
  energy_intensity_change: { options: ['C'], inputs: { energy_last_year: 1150, energy_year_before: 1200 } },
  product_pass_rate_change: { options: ['C'], inputs: { product_pass_rate: 98.6 } },
  revenue_per_employee_change: { options: ['C'], inputs: { employees_last_year: 210, revenue_last_year: 12800, employees_year_before: 200, revenue_year_before: 11600 } },
  cost_per_revenue_change: { options: ['C'], inputs: { cost_last_year: 10100, cost_year_before: 9400 } },
};

export const DEMO_SCENE_LEVELS: StoredSceneLevels = {
  product_design: 2,
  process_design: 2,
  marketing_management: 3,
  after_sales_service: 1,
  production_planning_scheduling: 2,
  production_control: 2,
  quality_management: 3,
  equipment_management: 2,
  safety_production: 1,
  energy_management: 1,
  procurement_management: 2,
  warehousing_logistics: 2,
  financial_management: 3,
  human_resources: 2,
  collaborative_office: 3,
  decision_support: 1,
};
