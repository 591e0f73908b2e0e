import type { UrlTemplate } from '../../knowledge/index.js';
import type { ProfileCheckInput, SamlAttributeValue } from './input.js';

export function findAttribute(input: ProfileCheckInput, name: string): SamlAttributeValue | undefined {
  return input.response?.attributes.find((a) => a.name === name);
}

export function attributeNames(input: ProfileCheckInput): string[] {
  return input.response?.attributes.map((a) => a.name) ?? [];
}

/** The ACS URL to judge: the configured one, else the Destination the IdP posted to. */
export function acsUnderTest(input: ProfileCheckInput): { url: string; from: string } | undefined {
  if (input.config.acsUrl) return { url: input.config.acsUrl, from: 'config acsUrl' };
  const d = input.response?.destination ?? input.response?.recipient;
  return d ? { url: d, from: 'Response Destination' } : undefined;
}

/** The SP entity ID to judge: the configured one, else the first Audience. */
export function entityIdUnderTest(input: ProfileCheckInput): { url: string; from: string } | undefined {
  if (input.config.spEntityId) return { url: input.config.spEntityId, from: 'config spEntityId' };
  const a = input.response?.audiences[0];
  return a ? { url: a, from: 'Assertion Audience' } : undefined;
}

export function matchesTemplate(url: string, templates: readonly UrlTemplate[] | undefined): boolean {
  return (templates ?? []).some((t) => t.pattern.test(url));
}

export function templateList(templates: readonly UrlTemplate[] | undefined): string {
  return (templates ?? []).map((t) => t.template).join(' or ');
}
