import { describe, expect, it } from 'vitest';
import { splitAggregate } from '../../src/metadata/split.js';
import { readMetadataText } from '../../src/metadata/read.js';
import { aggregate, aggregateIdp, aggregateSp } from './builders.js';

describe('splitAggregate', () => {
  it('cuts an aggregate into entity texts that carry the root namespace declarations', () => {
    const text = aggregate([aggregateIdp('https://a.example/idp'), aggregateSp('https://b.example/sp', 'https://b.example/acs')]);
    const scan = splitAggregate(text)!;
    expect(scan.root.localName).toBe('EntitiesDescriptor');
    expect(scan.entities.map((e) => e.path)).toEqual([
      '/md:EntitiesDescriptor/md:EntityDescriptor[1]',
      '/md:EntitiesDescriptor/md:EntityDescriptor[2]',
    ]);
    expect(scan.entities[0]!.xml).toMatch(/^<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#" entityID=/);
    expect(text.slice(scan.entities[1]!.offset)).toMatch(/^<md:EntityDescriptor entityID="https:\/\/b\.example\/sp"/);
  });

  it('finds entities in nested groups, skips comments, CDATA and quoted ">" and notes a root signature', () => {
    const text =
      `<?xml version="1.0"?>\n<!-- <md:EntityDescriptor entityID="commented-out"> -->\n` +
      `<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" Name="x">` +
      `<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignatureValue>AA==</SignatureValue></Signature>` +
      `<Extensions><![CDATA[ <EntityDescriptor entityID="in-cdata"/> ]]></Extensions>` +
      `<EntitiesDescriptor Name="inner"><EntityDescriptor entityID="https://nested.example/" data="a>b"><IDPSSODescriptor protocolSupportEnumeration="p"/></EntityDescriptor></EntitiesDescriptor>` +
      `<EntityDescriptor entityID="https://top.example/"/>` +
      `</EntitiesDescriptor>`;
    const scan = splitAggregate(text)!;
    expect(scan.signed).toBe(true);
    expect(scan.groups).toEqual(['inner']);
    expect(scan.entities.map((e) => e.path)).toEqual([
      '/EntitiesDescriptor/EntitiesDescriptor[1]/EntityDescriptor[1]',
      '/EntitiesDescriptor/EntityDescriptor[1]',
    ]);
    const read = readMetadataText(text);
    expect(read.findings).toEqual([]);
    expect(read.metadata!.entities.map((e) => e.entityId)).toEqual(['https://nested.example/', 'https://top.example/']);
    expect(read.metadata!.entities[0]!.roles[0]!.kind).toBe('idp');
  });

  it('does not let an entity redeclare-and-lose its own namespace binding', () => {
    const text =
      `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">` +
      `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://own.example/"/>` +
      `</md:EntitiesDescriptor>`;
    const read = readMetadataText(text);
    expect(read.findings).toEqual([]);
    expect(read.metadata!.entities[0]!.entityId).toBe('https://own.example/');
  });

  it('a broken entity is reported with its path; the others are still read', () => {
    const text = aggregate([aggregateIdp('https://a.example/idp'), '<md:EntityDescriptor entityID="https://broken.example/"><md:IDPSSODescriptor></md:EntityDescriptor>', aggregateIdp('https://c.example/idp')]);
    const read = readMetadataText(text);
    expect(read.findings.map((f) => f.code)).toContain('xml-malformed');
    expect(read.findings[0]!.location).toContain('/md:EntitiesDescriptor/md:EntityDescriptor[2]');
    expect(read.metadata!.entities.map((e) => e.entityId)).toContain('https://a.example/idp');
  });

  it('a DOCTYPE in an aggregate is refused before anything is split', () => {
    const read = readMetadataText('<!DOCTYPE x [<!ENTITY a "b">]><md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>');
    expect(read.metadata).toBeUndefined();
    expect(read.findings.map((f) => f.code)).toEqual(['xml-doctype-refused']);
  });
});
