// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../sim/scenarios/catalog.ts';
import { cmi5PackageFiles, cmi5Xml } from './cmi5-xml.ts';

const NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

describe('cmi5.xml', () => {
  it('has one AU per catalog scenario: assessment mode, CompletedOrPassed, mastery 0.7', () => {
    const doc = new DOMParser().parseFromString(cmi5Xml(SCENARIOS), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.namespaceURI).toBe(NS);
    const aus = [...doc.getElementsByTagNameNS(NS, 'au')];
    expect(aus).toHaveLength(SCENARIOS.length);
    aus.forEach((au, i) => {
      expect(au.getAttribute('moveOn')).toBe('CompletedOrPassed');
      expect(au.getAttribute('masteryScore')).toBe('0.7');
      expect(au.getElementsByTagNameNS(NS, 'url')[0].textContent).toBe(`index.html?scenario=${SCENARIOS[i].id}&mode=assessment`);
      expect(au.getElementsByTagNameNS(NS, 'langstring')[0].textContent).toBe(SCENARIOS[i].title);
    });
    expect(new Set(aus.map((a) => a.getAttribute('id'))).size).toBe(SCENARIOS.length);
  });

  it('escapes what an imported scenario may contain', () => {
    const xml = cmi5Xml([{ id: 'a&b', title: 'Tom & "Jerry" <1>', briefing: 'x' }]);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(NS, 'au')[0].getElementsByTagNameNS(NS, 'langstring')[0].textContent).toBe('Tom & "Jerry" <1>');
  });

  it('the package leaves out the service worker and marks index.html', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const files = cmi5PackageFiles(
      { 'index.html': enc('<head></head>'), 'sw.js': enc(''), 'workbox-9c191d2f.js': enc(''), 'manifest.webmanifest': enc('{}'), 'assets/index.js': enc('') },
      SCENARIOS.slice(0, 1), (html) => html.replace('<head>', '<head><meta name="lab-launch" content="cmi5">'),
    );
    expect(Object.keys(files).sort()).toEqual(['assets/index.js', 'cmi5.xml', 'index.html']);
    expect(new TextDecoder().decode(files['index.html'])).toContain('content="cmi5"');
  });
});
