export { createRulesService, type RulesService, type RulesServiceOptions } from './rules-service.ts';
export { RULES_SERVICE_LIMITS } from './limits.ts';
