import type { Rule } from '../types.js';

export const inputRules: readonly Rule[] = [];
